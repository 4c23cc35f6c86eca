using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Neo4j;
using Graph.Neo4j.Http;
using Graph.Neo4j.Store;
using Microsoft.Extensions.Options;

namespace Graph.Benchmarks;

/// <summary>
/// Writes N synthetic events to Neo4j twice — batched through <see cref="Neo4jGraphStore.WriteBatchAsync"/>
/// (UNWIND, one transaction per batch) and naively, one statement and round trip per event — and
/// reports events per second for both and their ratio. Uses NEO4J_TEST_URL / NEO4J_TEST_USER /
/// NEO4J_TEST_PASSWORD when set, otherwise starts the local 3.1.1 (scripts/neo4j/start-test-server.sh)
/// and removes it afterwards. Ids are unique per run, so nothing already in the database is touched.
/// </summary>
public sealed class Neo4jWriteScenario : IBenchScenario
{
    private const int DefaultEvents = 10_000;
    private const int EventsPerArticle = 10;
    private const int ActorCount = 250;

    // The naive way: everything one event needs, in one statement, sent on its own.
    private const string NaiveTemplate = """
        MERGE (art:Article {id: $article}) ON CREATE SET art.title = $title, art.language = 'en'
        MERGE (s:Actor {id: $source}) ON CREATE SET s.name = $sourceName, s.kind = 'Person'
        MERGE (t:Actor {id: $target}) ON CREATE SET t.name = $targetName, t.kind = 'State'
        MERGE (e:Event {id: $id}) ON CREATE SET e.type = $type, e.date = $date, e.precision = 'day', e.confidence = $confidence,
              e.alleged = false, e.cameo = $cameo, e.goldstein = $goldstein
        MERGE (s)-[:SOURCE_OF]->(e)
        MERGE (e)-[:TARGET]->(t)
        MERGE (e)-[m:REPORTED_IN {start: $start, `end`: $end}]->(art) ON CREATE SET m.sentence = $sentence
        MERGE (s)-[r:{TYPE} {event_id: $id}]->(t)
        SET r.date = $date, r.cameo = $cameo, r.goldstein = $goldstein, r.confidence = $confidence, r.alleged = false
        """;

    private static readonly FrozenDictionary<EventType, string> Naive =
        Enum.GetValues<EventType>().ToFrozenDictionary(t => t, t => NaiveTemplate.Replace("{TYPE}", t.ToString(), StringComparison.Ordinal));

    public string Name => "neo4j-write";

    public string Description => "Neo4j: N synthetic events batched (UNWIND) vs one statement per event [--events N] [--batch-size N] [--warmup BATCHES] [--server-pid PID]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var events = IntArg(args, "--events", DefaultEvents);
        var batchSize = IntArg(args, "--batch-size", new Neo4jOptions().BatchSize);
        var warmupBatches = IntArg(args, "--warmup", 20);
        string? serverDir = null;
        var url = Environment.GetEnvironmentVariable("NEO4J_TEST_URL");
        var user = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") is { Length: > 0 } u ? u : "neo4j";
        var password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "";
        try
        {
            if (string.IsNullOrEmpty(url))
            {
                serverDir = Path.Combine(Path.GetTempPath(), "graph-neo4j-bench-" + Guid.NewGuid().ToString("N")[..8]);
                var started = await StartLocalServerAsync(serverDir, cancellationToken);
                if (started is null) return 2;
                (url, user, password) = started.Value;
            }

            var options = new Neo4jOptions { Url = url, User = user, Password = password, BatchSize = batchSize, TimeoutSeconds = 300 };
            using var client = Neo4jClient.Create(options);
            await using var store = new Neo4jGraphStore(client, Options.Create(options));
            await store.InitializeAsync(cancellationToken);
            var server = client.Server!;
            Console.WriteLine($"Neo4j {server.Version} at {url}; {events:N0} events, {EventsPerArticle} per article, batch size {batchSize} events");

            // Warm both paths on their own ids first: a fresh Neo4j JIT-compiles for its first tens of
            // CPU-seconds, which would otherwise be charged to whichever way runs first. A server in
            // service is long past that; on 3.1.1 here batches stop getting faster after about
            // 40,000 events, so the batched way warms for --warmup batches (default 20) and the
            // naive way for 1,000 statements.
            // Ids carry the run's token so a server kept between runs (--server-pid) can be reused.
            var run = Guid.NewGuid().ToString("N")[..6];
            var warm = new List<double>();
            for (var i = 0; i < warmupBatches; i++)
            {
                warm.Add((await RunBatchedAsync(store, Synthesize($"{run}-warm-b{i}", batchSize), cancellationToken)).TotalSeconds);
            }
            Console.WriteLine($"warm-up, seconds per batch of {batchSize}: {string.Join(' ', warm.Select(w => w.ToString("F2", CultureInfo.InvariantCulture)))}");
            await RunNaiveAsync(client, Synthesize($"{run}-warm-n", 1000), cancellationToken);

            var serverPid = ServerPid(args, serverDir);
            var cpu0 = ServerCpu(serverPid);
            var batched = await RunBatchedAsync(store, Synthesize($"{run}-b", events), cancellationToken);
            var cpu1 = ServerCpu(serverPid);
            var naive = await RunNaiveAsync(client, Synthesize($"{run}-n", events), cancellationToken);
            var cpu2 = ServerCpu(serverPid);

            var batchedRate = events / batched.TotalSeconds;
            var naiveRate = events / naive.TotalSeconds;
            var ratio = batchedRate / naiveRate;
            Console.WriteLine();
            Console.WriteLine($"{"way",-28} {"seconds",10} {"events/s",12}");
            Console.WriteLine($"{"batched (UNWIND)",-28} {batched.TotalSeconds,10:F2} {batchedRate,12:N0}");
            Console.WriteLine($"{"naive (statement per event)",-28} {naive.TotalSeconds,10:F2} {naiveRate,12:N0}");
            Console.WriteLine($"ratio batched/naive: {ratio:F1}x");
            if (cpu0 is { } c0 && cpu1 is { } c1 && cpu2 is { } c2)
            {
                // On a shared, busy machine wall time mostly measures the neighbours; the server's own
                // CPU time per event shows what each way costs Neo4j.
                var batchedCpu = c1 - c0;
                var naiveCpu = c2 - c1;
                Console.WriteLine($"Neo4j CPU: batched {batchedCpu:F1} s ({events / batchedCpu:N0} events per CPU-second), naive {naiveCpu:F1} s ({events / naiveCpu:N0} events per CPU-second), ratio {naiveCpu / batchedCpu:F1}x");
            }
            Console.WriteLine($"load average at the end: {LoadAverage()}");
            Console.WriteLine($"target batched >= 20x naive: {(ratio >= 20 ? "met" : "NOT met")}; batched >= 5,000 events/s: {(batchedRate >= 5000 ? "met" : "NOT met")}");
            return 0;
        }
        finally
        {
            if (serverDir is not null) await StopLocalServerAsync(serverDir);
        }
    }

    private static async Task<TimeSpan> RunBatchedAsync(Neo4jGraphStore store, List<ArticleExtraction> articles, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var result = await store.WriteBatchAsync(articles, ct);
        watch.Stop();
        var expected = articles.Sum(a => a.Events.Length);
        if (result.EventsAdded != expected)
        {
            throw new InvalidOperationException($"batched run added {result.EventsAdded} events, expected {expected}");
        }
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RunNaiveAsync(Neo4jClient client, List<ArticleExtraction> articles, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        foreach (var extraction in articles)
        {
            foreach (var e in extraction.Events)
            {
                var info = e.Info;
                var mention = e.Mentions[0];
                await client.ExecuteAsync(CypherStatement.Of(Naive[e.Type],
                    ("article", extraction.Article.Id), ("title", extraction.Article.Title),
                    ("source", e.Source.Id), ("sourceName", e.Source.Name), ("target", e.Target!.Id), ("targetName", e.Target.Name),
                    ("id", e.Key), ("type", e.Type.ToString()), ("date", e.Date.Iso), ("confidence", e.Confidence),
                    ("cameo", info.Cameo), ("goldstein", info.Goldstein),
                    ("start", mention.Span.Start), ("end", mention.Span.End), ("sentence", mention.Sentence)), ct);
            }
        }
        watch.Stop();
        return watch.Elapsed;
    }

    /// <summary>Distinct events (each its own date) between a pool of people and states, grouped into articles.</summary>
    private static List<ArticleExtraction> Synthesize(string prefix, int count)
    {
        var people = Enumerable.Range(0, ActorCount).Select(i => new Actor($"bench-{prefix}-p{i}", $"Person {prefix} {i}", ActorKind.Person, null, [])).ToArray();
        var states = Enumerable.Range(0, ActorCount / 5).Select(i => new Actor($"bench-{prefix}-s{i}", $"State {prefix} {i}", ActorKind.State, null, [])).ToArray();
        var types = Enum.GetValues<EventType>();
        var start = new DateOnly(2000, 1, 1);
        var result = new List<ArticleExtraction>();
        for (var first = 0; first < count; first += EventsPerArticle)
        {
            var n = Math.Min(EventsPerArticle, count - first);
            var sentences = Enumerable.Range(first, n).Select(i => $"Synthetic sentence {i} of run {prefix}.").ToArray();
            var text = string.Join(' ', sentences);
            var article = Article.Create(text, $"Synthetic article {prefix} {first / EventsPerArticle}", null, "bench", null, "en", null);
            var offset = 0;
            var eventsOfArticle = ImmutableArray.CreateBuilder<Event>(n);
            for (var k = 0; k < n; k++)
            {
                var i = first + k;
                var sentence = sentences[k];
                var mention = new Mention(article.Id, sentence, new TextSpan(offset, offset + sentence.Length));
                offset += sentence.Length + 1;
                eventsOfArticle.Add(new Event(people[i % people.Length], types[i % types.Length], states[(i * 7 + 3) % states.Length],
                    EventDate.OfDay(start.AddDays(i)), null, 0.8, false, [mention]));
            }
            result.Add(new ArticleExtraction(article, eventsOfArticle.MoveToImmutable(), []));
        }
        return result;
    }

    private static async Task<(string Url, string User, string Password)?> StartLocalServerAsync(string dir, CancellationToken ct)
    {
        if (FindScript("start-test-server.sh") is not { } script)
        {
            await Console.Error.WriteLineAsync("neo4j-write: set NEO4J_TEST_URL/NEO4J_TEST_USER/NEO4J_TEST_PASSWORD, or run from the repository after scripts/neo4j/install-test-server.sh.");
            return null;
        }
        Console.WriteLine($"Starting the local Neo4j 3.1.1 in {dir} ...");
        var (exit, output) = await RunAsync(script, [dir], ct);
        if (exit != 0)
        {
            await Console.Error.WriteLineAsync($"neo4j-write: could not start the local Neo4j:\n{output}");
            return null;
        }
        var values = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("NEO4J_TEST_", StringComparison.Ordinal) && l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        return (values["NEO4J_TEST_URL"], values["NEO4J_TEST_USER"], values["NEO4J_TEST_PASSWORD"]);
    }

    private static async Task StopLocalServerAsync(string dir)
    {
        if (FindScript("stop-test-server.sh") is { } script)
        {
            await RunAsync(script, [dir], CancellationToken.None);
        }
    }

    private static string? FindScript(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "neo4j", name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string[] args, CancellationToken ct)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int? ServerPid(string[] args, string? serverDir)
    {
        if (IntArg(args, "--server-pid", 0) is > 0 and var pid) return pid;
        var file = serverDir is null ? null : Path.Combine(serverDir, "run", "neo4j.pid");
        return file is not null && File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var p) ? p : null;
    }

    /// <summary>User plus system CPU seconds of a process, from /proc (Linux only; null elsewhere).</summary>
    private static double? ServerCpu(int? pid)
    {
        var stat = pid is null ? null : $"/proc/{pid}/stat";
        if (stat is null || !File.Exists(stat)) return null;
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 and 15 of stat (utime, stime), counted after the command name, in clock ticks of 1/100 s.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
