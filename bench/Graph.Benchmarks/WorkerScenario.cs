using System.Diagnostics;
using System.Globalization;
using Graph.Extraction;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Ingestion;
using Graph.Ingestion.Worker;
using Graph.Storage;
using Graph.Storage.Abstractions;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Benchmarks;

/// <summary>
/// `worker [count] [--parallelism N] [--no-store]`: drops <c>count</c> synthetic articles (default 10,000) into
/// the inbox of a running worker with the embedded store and times until the ledger has them all
/// done. Baseline side by side: the same files read and extracted in one thread without storing
/// (what <c>graph extract</c> does), and for reference the same read+extract+write in one thread
/// (what <c>graph ingest</c> does). Reports articles per second, the ratio, and peak RSS (VmHWM).
/// --no-store swaps the store for one that keeps nothing, to separate the worker's own overhead
/// (ledger, file moves, scans) from the store's.
/// </summary>
public sealed class WorkerScenario : IBenchScenario
{
    public string Name => "worker";

    public string Description => "10,000 articles dropped at once into the worker's inbox (embedded store) vs single-thread read+extract.";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var parallelismAt = Array.IndexOf(args, "--parallelism");
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != parallelismAt + 1).ToArray();
        var count = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 10_000;
        var noStore = args.Contains("--no-store");
        var parallelism = parallelismAt >= 0 ? int.Parse(args[parallelismAt + 1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;

        var root = Directory.CreateTempSubdirectory("graph-worker-bench-").FullName;
        try
        {
            var staging = Path.Combine(root, "staging");
            WorkerArticles.Write(staging, count, seed: 1);
            Console.WriteLine($"{count:N0} synthetic articles in {staging} ({Directory.GetFiles(staging).Sum(f => new FileInfo(f).Length) / 1024:N0} KiB)");

            var baseline = Baseline(staging, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline read+extract, 1 thread     {baseline.Seconds,8:F2} s  {count / baseline.Seconds,8:F0} articles/s  ({baseline.Events:N0} events)"));

            var ingest = await SerialIngestAsync(root, staging, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serial read+extract+write, 1 thread {ingest.Seconds,8:F2} s  {count / ingest.Seconds,8:F0} articles/s  (what graph ingest does; store writes cost {(ingest.Seconds - baseline.Seconds) * 1000 / count:F2} ms/article)"));

            // The worker run moves the files away: the second baseline reads an identical copy.
            var repeat = Path.Combine(root, "repeat");
            WorkerArticles.Write(repeat, count, seed: 1);

            ResetPeakRss();
            var worker = await WorkerAsync(root, staging, count, parallelism, noStore, cancellationToken);
            var peak = PeakRssMegabytes();
            // Shown, not used in the ratio: on identical files after the worker run the extractor's code
            // is fully tiered up, so this shows how far the first baseline is from steady state and
            // how much the load drifted meanwhile.
            var after = Baseline(repeat, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"baseline again after the worker      {after.Seconds,8:F2} s  {count / after.Seconds,8:F0} articles/s  (load average {LoadAverage()})"));
            var ratio = count / worker.Seconds / (count / baseline.Seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"worker, {parallelism} parallel, {(noStore ? "no store" : "sqlite  ")}      {worker.Seconds,8:F2} s  {count / worker.Seconds,8:F0} articles/s  ({worker.Events:N0} events stored)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio worker/baseline {ratio:F2} (target >= 0.50: {(ratio >= 0.5 ? "met" : "NOT met")}); peak RSS during the worker run {peak:F0} MB (target < 300: {(peak < 300 ? "met" : "NOT met")})"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (double Seconds, long Events) Baseline(string staging, CancellationToken cancellationToken)
    {
        using var services = Services(new Dictionary<string, string?>()).BuildServiceProvider();
        var loader = services.GetRequiredService<IArticleLoader>();
        var extractor = services.GetRequiredService<IEventExtractor>();
        var files = Directory.GetFiles(staging).Order(StringComparer.Ordinal).ToArray();
        // Warm the JIT and the catalogues so both sides run steady-state code.
        foreach (var file in files.Take(200))
        {
            foreach (var read in loader.LoadFile(file, cancellationToken)) if (read.Article is { } a) extractor.Extract(a, cancellationToken);
        }
        long events = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            foreach (var read in loader.LoadFile(file, cancellationToken))
            {
                if (read.Article is { } article) events += extractor.Extract(article, cancellationToken).Events.Length;
            }
        }
        return (clock.Elapsed.TotalSeconds, events);
    }

    private static async Task<(double Seconds, long Events)> SerialIngestAsync(string root, string staging, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?> { ["Graph:Sqlite:Path"] = Path.Combine(root, "serial.db") };
        await using var services = Services(settings).BuildServiceProvider();
        var loader = services.GetRequiredService<IArticleLoader>();
        var extractor = services.GetRequiredService<IEventExtractor>();
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken);
        var files = Directory.GetFiles(staging).Order(StringComparer.Ordinal).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            foreach (var read in loader.LoadFile(file, cancellationToken))
            {
                if (read.Article is { } article) await store.WriteAsync(extractor.Extract(article, cancellationToken), cancellationToken);
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, (await store.CountAsync(cancellationToken)).Events);
    }

    private static async Task<(double Seconds, long Events)> WorkerAsync(string root, string staging, int count, int parallelism, bool noStore, CancellationToken cancellationToken)
    {
        var inbox = Path.Combine(root, "inbox");
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Sqlite:Path"] = Path.Combine(root, "graph.db"),
            ["Graph:Worker:InboxPath"] = inbox,
            ["Graph:Worker:LedgerPath"] = Path.Combine(root, "ledger.db"),
            ["Graph:Worker:MaxParallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
            ["Graph:Worker:SettleSeconds"] = "0.5",
            ["Graph:Worker:RescanSeconds"] = "2",
        };
        var collection = Services(settings).AddGraphIngestion();
        if (noStore) collection.AddSingleton<IGraphStore, DiscardingStore>();
        await using var services = collection.BuildServiceProvider();
        var worker = services.GetRequiredService<IngestionWorker>();
        // Warm up on a few articles of another seed so start-up costs stay out of the timing.
        Directory.CreateDirectory(inbox);
        WorkerArticles.Write(inbox, 50, seed: 99);
        await worker.StartAsync(cancellationToken);
        await worker.Running.WaitAsync(cancellationToken);
        while (worker.Ingested < 50) await Task.Delay(50, cancellationToken);

        var clock = Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
        while (worker.Ingested < 50 + count)
        {
            await Task.Delay(20, cancellationToken);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await worker.StopAsync(cancellationToken);
        var counts = await services.GetRequiredService<IGraphStore>().CountAsync(cancellationToken);
        return (seconds, counts.Events);
    }

    private static IServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddGraphExtraction();
        services.AddGraphStorage();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return services;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static void ResetPeakRss()
    {
        try
        {
            // Linux: "5" resets VmHWM to the current RSS, so the peak below is the worker's alone.
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine("(cannot reset the peak RSS; the figure covers the whole run)");
        }
    }

    private static double PeakRssMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Accepts every write and keeps nothing.</summary>
    private sealed class DiscardingStore : IGraphStore
    {
        private long _events;

        public string Description => "no store";

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<StoreWriteResult> WriteAsync(Graph.Domain.Events.ArticleExtraction extraction, CancellationToken cancellationToken)
        {
            Interlocked.Add(ref _events, extraction.Events.Length);
            return Task.FromResult(new StoreWriteResult(true, extraction.Events.Length, 0, 0));
        }

        public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => Task.FromResult(new StoreCounts(0, 0, Interlocked.Read(ref _events), 0));

        public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken) => Task.FromResult(GraphSnapshot.Empty);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
