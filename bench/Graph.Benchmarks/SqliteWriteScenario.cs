using System.Diagnostics;
using System.Globalization;
using Graph.Domain.Events;
using Graph.Extraction;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Benchmarks;

/// <summary>
/// `sqlite-write [count] [--group N]`: the embedded store's write cost alone. Extracts <c>count</c>
/// news-sized synthetic articles (the worker benchmark's), then times writing them to a fresh file
/// one article per transaction (what `graph ingest` does) and in groups (what the worker does), and
/// reports microseconds per article and per event, against the single-thread extraction of the same
/// articles as the baseline.
/// </summary>
public sealed class SqliteWriteScenario : IBenchScenario
{
    public string Name => "sqlite-write";

    public string Description => "Embedded store: write cost per article, one per transaction and in groups, vs extraction [count] [--group N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var groupAt = Array.IndexOf(args, "--group");
        var group = groupAt >= 0 ? int.Parse(args[groupAt + 1], CultureInfo.InvariantCulture) : 32;
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && i != groupAt + 1).ToArray();
        var count = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 4000;
        var root = Directory.CreateTempSubdirectory("graph-sqlite-bench-").FullName;
        try
        {
            WorkerArticles.Write(Path.Combine(root, "articles"), count, seed: 7);
            var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddLogging()
                .AddSingleton(TimeProvider.System)
                .AddGraphExtraction()
                .BuildServiceProvider();
            var loader = services.GetRequiredService<IArticleLoader>();
            var extractor = services.GetRequiredService<IEventExtractor>();
            var files = Directory.GetFiles(Path.Combine(root, "articles")).Order(StringComparer.Ordinal).ToArray();
            var articles = files.SelectMany(f => loader.LoadFile(f, cancellationToken)).Select(r => r.Article).OfType<Graph.Domain.Articles.Article>().ToList();
            for (var pass = 0; pass < 3; pass++) foreach (var a in articles) extractor.Extract(a, cancellationToken);
            var clock = Stopwatch.StartNew();
            var extractions = articles.Select(a => extractor.Extract(a, cancellationToken)).ToList();
            var extractSeconds = clock.Elapsed.TotalSeconds;
            var events = extractions.Sum(e => e.Events.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count:N0} articles, {events:N0} events; extraction (baseline, warm) {extractSeconds * 1e6 / count,7:F0} µs/article"));

            // Warm the store's code on a throw-away file first.
            await WriteAsync(Path.Combine(root, "warm.db"), extractions.Take(500).ToList(), group, cancellationToken);
            var single = await WriteAsync(Path.Combine(root, "single.db"), extractions, 1, cancellationToken);
            var grouped = await WriteAsync(Path.Combine(root, "grouped.db"), extractions, group, cancellationToken);
            foreach (var (label, seconds) in new[] { ("one article per transaction", single), ($"groups of {group}", grouped) })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"write, {label,-28} {seconds * 1e6 / count,7:F0} µs/article  {seconds * 1e6 / events,6:F1} µs/event  ratio to extraction {seconds / extractSeconds:F2}"));
            }
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<double> WriteAsync(string path, List<ArticleExtraction> extractions, int group, CancellationToken ct)
    {
        await using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }), NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < extractions.Count; i += group)
        {
            await store.WriteBatchAsync(extractions.GetRange(i, Math.Min(group, extractions.Count - i)), ct);
        }
        return clock.Elapsed.TotalSeconds;
    }
}
