using System.Diagnostics;
using System.Globalization;
using Graph.Analysis.Centrality;
using Graph.Analysis.Communities;
using Graph.Analysis.Components;
using Graph.Analysis.Graphs;

namespace Graph.Benchmarks;

/// <summary>
/// `analysis [actors] [events] [--edgelist FILE]`: the graph algorithms on a synthetic actor graph
/// (default 10,000 actors, 100,000 events, heavy-tailed activity like news coverage), single-threaded.
/// Baselines side by side: weighted against unweighted betweenness, and PageRank against a naive
/// dictionary-of-dictionaries implementation of the same iteration. --edgelist writes the graph for
/// timing networkx on the very same edges.
/// </summary>
public sealed class AnalysisScenario : IBenchScenario
{
    public string Name => "analysis";

    public string Description => "Betweenness, PageRank, closeness, components and Louvain on a 10k-actor / 100k-event synthetic graph.";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var actors = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 10_000;
        var events = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 100_000;
        var edgeListAt = Array.IndexOf(args, "--edgelist");

        var (directed, undirected) = AnalysisGraphs.Synthetic(actors, events, seed: 1);
        Console.WriteLine($"synthetic graph: {actors:N0} actors, {events:N0} events -> {directed.EdgeCount:N0} directed edges, {undirected.EdgeCount:N0} undirected pairs");
        if (edgeListAt >= 0 && edgeListAt + 1 < args.Length)
        {
            AnalysisGraphs.WriteEdgeList(undirected, args[edgeListAt + 1]);
            Console.WriteLine($"edge list written to {args[edgeListAt + 1]}");
        }

        // Warm up the JIT on a small graph so the figures are steady-state.
        var (warmD, warmU) = AnalysisGraphs.Synthetic(200, 1000, seed: 2);
        BetweennessCentrality.Compute(warmU, null, cancellationToken);
        BetweennessCentrality.Compute(warmU, new BetweennessOptions(Weighted: true), cancellationToken);
        PageRank.Compute(warmD);
        NaivePageRank.Compute(warmD);

        var pageRank = Time(() => PageRank.Compute(directed));
        var naive = Time(() => NaivePageRank.Compute(directed));
        var deviation = pageRank.Result.Scores.Zip(naive.Result).Max(p => Math.Abs(p.First - p.Second));
        Console.WriteLine($"pagerank (CSR)                    {pageRank.Seconds,8:F3} s cpu ({pageRank.Wall,7:F3} s wall)  ({pageRank.Result.Iterations} iterations)");
        Console.WriteLine($"pagerank (naive dict-of-dicts)    {naive.Seconds,8:F3} s cpu ({naive.Wall,7:F3} s wall)  ratio {naive.Seconds / pageRank.Seconds:F1}x slower; max |diff| {deviation:E1}");

        var unweighted = Time(() => BetweennessCentrality.Compute(undirected, null, cancellationToken));
        Console.WriteLine($"betweenness undirected, hops      {unweighted.Seconds,8:F3} s cpu ({unweighted.Wall,7:F3} s wall)");
        var distances = undirected.MapWeights(w => 1.0 / w);
        var weighted = Time(() => BetweennessCentrality.Compute(distances, new BetweennessOptions(Weighted: true), cancellationToken));
        Console.WriteLine($"betweenness undirected, 1/weight  {weighted.Seconds,8:F3} s cpu ({weighted.Wall,7:F3} s wall)  ratio weighted/unweighted {weighted.Seconds / unweighted.Seconds:F2}");
        var directedB = Time(() => BetweennessCentrality.Compute(directed, null, cancellationToken));
        Console.WriteLine($"betweenness directed, hops        {directedB.Seconds,8:F3} s cpu ({directedB.Wall,7:F3} s wall)");
        var closeness = Time(() => ClosenessCentrality.Compute(undirected, null, cancellationToken));
        Console.WriteLine($"closeness undirected, hops        {closeness.Seconds,8:F3} s cpu ({closeness.Wall,7:F3} s wall)");
        var scc = Time(() => StronglyConnectedComponents.Compute(directed));
        Console.WriteLine($"strongly connected components     {scc.Seconds,8:F3} s cpu ({scc.Wall,7:F3} s wall)  ({scc.Result.Count:N0} components)");
        var louvain = Time(() => Louvain.Compute(undirected, null, cancellationToken));
        Console.WriteLine($"louvain                           {louvain.Seconds,8:F3} s cpu ({louvain.Wall,7:F3} s wall)  ({louvain.Result.CommunityCount:N0} communities, modularity {louvain.Result.Modularity:F4})");

        var ok = unweighted.Seconds < 10 && pageRank.Seconds < 1;
        Console.WriteLine("(targets and ratios use CPU seconds: on a shared machine the wall clock also counts other processes)");
        Console.WriteLine(ok ? "targets met: betweenness < 10 s, pagerank < 1 s" : "TARGETS MISSED: betweenness < 10 s, pagerank < 1 s");
        return Task.FromResult(ok ? 0 : 1);
    }

    /// <summary>
    /// Wall-clock seconds, and the process's CPU seconds beside them: on a shared machine the wall
    /// clock also counts time other processes held the core, while the CPU time of this single-threaded
    /// work does not.
    /// </summary>
    private static (T Result, double Seconds, double Wall) Time<T>(Func<T> work)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (result, cpu, wall);
    }
}

/// <summary>Synthetic graphs shared by the scenario and the BenchmarkDotNet class.</summary>
public static class AnalysisGraphs
{
    /// <summary>
    /// Events between actors drawn with a heavy tail (a few actors are in most of the news), a
    /// quarter of them symmetric (both directions), as ActorGraph builds them.
    /// </summary>
    public static (CsrGraph Directed, CsrGraph Undirected) Synthetic(int actors, int events, int seed)
    {
        var random = new Random(seed);
        var directed = new CsrGraphBuilder(actors, directed: true);
        var undirected = new CsrGraphBuilder(actors, directed: false);
        int Pick() => (int)Math.Min(actors - 1, Math.Floor(actors * Math.Pow(random.NextDouble(), 2.5)));
        for (var i = 0; i < events; i++)
        {
            var s = Pick();
            var t = random.Next(4) == 0 ? random.Next(actors) : Pick();
            if (s == t) t = (t + 1) % actors;
            directed.AddEdge(s, t);
            if (random.Next(4) == 0) directed.AddEdge(t, s);
            undirected.AddEdge(s, t);
        }
        return (directed.Build(), undirected.Build());
    }

    public static void WriteEdgeList(CsrGraph graph, string path)
    {
        using var writer = new StreamWriter(path);
        for (var u = 0; u < graph.VertexCount; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeights(u);
            for (var i = 0; i < targets.Length; i++)
            {
                if (!graph.IsDirected && targets[i] < u) continue;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{u} {targets[i]} {weights[i]}"));
            }
        }
    }
}

/// <summary>The textbook implementation the CSR version is measured against: nested dictionaries, allocation per iteration.</summary>
internal static class NaivePageRank
{
    public static double[] Compute(CsrGraph graph, double alpha = 0.85, double tolerance = 1e-6, int maxIterations = 100)
    {
        var n = graph.VertexCount;
        var adjacency = new Dictionary<int, Dictionary<int, double>>();
        for (var u = 0; u < n; u++)
        {
            var row = new Dictionary<int, double>();
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeights(u);
            for (var i = 0; i < targets.Length; i++) row[targets[i]] = weights[i];
            adjacency[u] = row;
        }
        var x = Enumerable.Range(0, n).ToDictionary(v => v, _ => 1.0 / n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var last = x;
            x = Enumerable.Range(0, n).ToDictionary(v => v, _ => 0.0);
            var dangling = alpha * adjacency.Where(kv => kv.Value.Values.Sum() == 0).Sum(kv => last[kv.Key]);
            foreach (var (u, row) in adjacency)
            {
                var strength = row.Values.Sum();
                foreach (var (v, w) in row) x[v] += alpha * last[u] * w / strength;
            }
            foreach (var v in Enumerable.Range(0, n)) x[v] += (dangling / n) + ((1 - alpha) / n);
            if (Enumerable.Range(0, n).Sum(v => Math.Abs(x[v] - last[v])) < n * tolerance) break;
        }
        var sum = x.Values.Sum();
        return [.. Enumerable.Range(0, n).Select(v => x[v] / sum)];
    }
}
