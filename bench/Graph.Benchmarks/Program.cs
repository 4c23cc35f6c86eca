using System.Reflection;
using BenchmarkDotNet.Running;
using Graph.Benchmarks;

// `dotnet run -c Release --project bench/Graph.Benchmarks -- SCENARIO [args]` runs an end-to-end
// scenario (see IBenchScenario); anything else goes to BenchmarkDotNet's switcher (--filter '*').
var scenarios = typeof(IBenchScenario).Assembly.GetTypes()
    .Where(t => typeof(IBenchScenario).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchScenario)Activator.CreateInstance(t)!)
    .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length > 0 && scenarios.TryGetValue(args[0], out var scenario))
{
    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
    return await scenario.RunAsync(args[1..], cts.Token);
}

if (args.Length > 0 && args[0] is "list" or "--list-scenarios")
{
    foreach (var s in scenarios.Values.OrderBy(s => s.Name)) Console.WriteLine($"{s.Name,-20} {s.Description}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
