using System.Globalization;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Ingestion.Ledger;
using Graph.Ingestion.Tests.Fakes;
using Graph.Ingestion.Worker;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Graph.Ingestion.Tests.Worker;

/// <summary>
/// Hosts the worker in-process on a temporary inbox with a manual clock. The store, the clock and
/// the folders outlive a stop, so a test can restart the worker and see what it picks up.
/// </summary>
public sealed class WorkerHarness : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private IHost? _host;

    public WorkerHarness()
    {
        Root = Path.Combine(Path.GetTempPath(), "graph-worker-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Graph:Worker:InboxPath"] = Inbox,
            ["Graph:Worker:LedgerPath"] = LedgerPath,
            ["Graph:Worker:MaxParallelism"] = "2",
            ["Graph:Worker:QueueCapacity"] = "4",
            ["Graph:Worker:SettleSeconds"] = "1",
            ["Graph:Worker:RescanSeconds"] = "5",
            ["Graph:Worker:RetryInitialSeconds"] = "1",
            ["Graph:Worker:RetryMaxSeconds"] = "8",
            ["Graph:Worker:ShutdownTimeoutSeconds"] = "10",
        };
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public string LedgerPath => Path.Combine(Root, "ledger.db");

    public Dictionary<string, string?> Settings { get; }

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public FakeGraphStore Store { get; } = new();

    public IArticleLoader Loader { get; set; } = new FakeArticleLoader();

    public IEventExtractor Extractor { get; set; } = new FakeEventExtractor();

    public TestLog Log { get; } = new();

    /// <summary>Registrations applied after the fakes, e.g. the real readers, extractor and store.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public IngestionWorker Worker { get; private set; } = null!;

    public async Task StartAsync(IGraphStore? store = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Logging.ClearProviders().AddProvider(Log).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(Loader);
        builder.Services.AddSingleton(Extractor);
        builder.Services.AddSingleton(store ?? Store);
        ConfigureServices?.Invoke(builder.Services);
        builder.Services.AddGraphIngestion();
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
        Worker = _host.Services.GetRequiredService<IngestionWorker>();
        await Worker.Running.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    public async Task StopAsync()
    {
        if (_host is null) return;
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        _host = null;
    }

    /// <summary>Writes the file next to the inbox and moves it in, as a well-behaved producer does.</summary>
    public string Drop(string name, string content)
    {
        var staging = Path.Combine(Root, "staging");
        Directory.CreateDirectory(staging);
        var temp = Path.Combine(staging, name);
        File.WriteAllText(temp, content);
        var target = Path.Combine(Inbox, name);
        File.Move(temp, target);
        return target;
    }

    public static string Article(string sentence, string published = "2025-09-27") =>
        $"---\npublished: {published}\n---\n{sentence}\n";

    /// <summary>Moves the clock on in small steps until the condition holds; fails after a generous real-time wait.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting until {what}. Log:\n" + string.Join("\n", Log.Entries.Select(e => $"{e.Level} {e.Id.Id} {e.Message}")));
            }
            Time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? step = null) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, step);

    /// <summary>Waits until a scan of the inbox has happened after this call, without moving the clock more than needed.</summary>
    public async Task WaitForScanAsync()
    {
        var before = Worker.InboxScans;
        await WaitUntilAsync(() => Worker.InboxScans > before, "the inbox was scanned again");
    }

    public async Task<LedgerStatus> StatusAsync()
    {
        await using var ledger = await IngestionLedger.OpenReadOnlyAsync(LedgerPath, Time, TestContext.Current.CancellationToken)
            ?? throw new InvalidOperationException("no ledger yet");
        return await ledger.ReadStatusAsync(TestContext.Current.CancellationToken);
    }

    public async Task<LedgerEntry?> EntryAsync(string articleId)
    {
        await using var ledger = await IngestionLedger.OpenReadOnlyAsync(LedgerPath, Time, TestContext.Current.CancellationToken);
        return ledger is null ? null : await ledger.GetAsync(articleId, TestContext.Current.CancellationToken);
    }

    public async Task<bool> DoneAsync(int count) => File.Exists(LedgerPath) && (await StatusAsync()).Done >= count;

    public string[] FilesIn(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine must not fail the test that used it.
        }
    }
}
