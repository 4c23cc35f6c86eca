using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Extraction;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Extraction.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Graph.Benchmarks -- extraction [SOURCE_DIR...] [--mb N]</c>:
/// single-threaded extraction throughput in MB of article text per second, as a ratio against just
/// reading and parsing (segmenting, language, publication date) the same files, and the managed heap
/// after a corpus of N and of 4×N megabytes to show memory stays flat while articles stream through.
/// Sources default to the repository's corpus/articles and seeds; files are copied round-robin into a
/// temporary folder until it holds N MB (default 8).
/// </summary>
public sealed class ExtractionScenario : IBenchScenario
{
    public string Name => "extraction";

    public string Description => "Extraction MB/s vs read+parse of the same files; heap at N and 4N MB";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var megabytes = 8;
        var sources = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--mb" && i + 1 < args.Length) megabytes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else sources.Add(args[i]);
        }
        if (sources.Count == 0)
        {
            var root = FindRepositoryRoot();
            sources.Add(Path.Combine(root, "corpus", "articles"));
            sources.Add(Path.Combine(root, "seeds"));
        }

        using var provider = Services().BuildServiceProvider();
        var loader = provider.GetRequiredService<IArticleLoader>();
        var parser = provider.GetRequiredService<IDocumentParser>();
        var extractor = provider.GetRequiredService<IEventExtractor>();
        var files = loader.EnumerateFiles(sources).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("extraction: no article files under " + string.Join(", ", sources));
            return Task.FromResult(2);
        }

        var work = Path.Combine(Path.GetTempPath(), "graph-bench-extraction-" + Environment.ProcessId);
        try
        {
            var small = Fill(Path.Combine(work, "n"), files, megabytes);
            var large = Fill(Path.Combine(work, "4n"), files, megabytes * 4);

            // Warm up: lexicons, catalogue and JIT (tiered up to optimised code) are paid once at start, not per article.
            for (var i = 0; i < 3; i++)
            {
                Run(loader, small, a => parser.Parse(a), cancellationToken);
                Run(loader, small, a => extractor.Extract(a, cancellationToken), cancellationToken);
            }

            var (parseBytes, parseSeconds, _) = Run(loader, small, a => parser.Parse(a), cancellationToken);
            var (extractBytes, extractSeconds, events) = Run(loader, small, a => extractor.Extract(a, cancellationToken).Events.Length, cancellationToken);
            var heapSmall = SettledHeap();
            Run(loader, large, a => extractor.Extract(a, cancellationToken).Events.Length, cancellationToken);
            var heapLarge = SettledHeap();

            var parseRate = parseBytes / 1e6 / parseSeconds;
            var extractRate = extractBytes / 1e6 / extractSeconds;
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"files: {Directory.GetFiles(small).Length} ({extractBytes / 1e6:F1} MB of article text), {events} events"));
            Console.WriteLine(string.Create(inv, $"read + parse (baseline): {parseRate,8:F2} MB/s"));
            Console.WriteLine(string.Create(inv, $"read + extract:          {extractRate,8:F2} MB/s   ratio {extractRate / parseRate:F2} of baseline   ({extractBytes / 1e6 / extractSeconds / 0.002:F0} 2-KB articles/s)"));
            Console.WriteLine(string.Create(inv, $"managed heap after {megabytes} MB: {heapSmall / 1e6:F1} MB; after {megabytes * 4} MB: {heapLarge / 1e6:F1} MB (ratio {(double)heapLarge / heapSmall:F2})"));
            Console.WriteLine(extractRate >= 2.0 ? "target 2 MB/s: met" : "target 2 MB/s: NOT met");
            return Task.FromResult(0);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static (long Bytes, double Seconds, long Result) Run<T>(IArticleLoader loader, string folder, Func<Graph.Domain.Articles.Article, T> body, CancellationToken ct)
    {
        long bytes = 0;
        long result = 0;
        var clock = Stopwatch.StartNew();
        foreach (var read in loader.Load([folder], ct))
        {
            if (read.Article is not { } article) continue;
            bytes += Encoding.UTF8.GetByteCount(article.Text);
            var r = body(article);
            if (r is int n) result += n;
        }
        return (bytes, clock.Elapsed.TotalSeconds, result);
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Fill(string folder, List<string> files, int megabytes)
    {
        Directory.CreateDirectory(folder);
        long written = 0;
        var n = 0;
        while (written < megabytes * 1_000_000L)
        {
            var source = files[n % files.Count];
            var target = Path.Combine(folder, $"{n:D6}_{Path.GetFileName(source)}");
            File.Copy(source, target);
            written += new FileInfo(source).Length;
            n++;
        }
        return folder;
    }

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddGraphExtraction();
        return services;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
