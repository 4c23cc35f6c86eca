using Graph.Domain.Events;
using Graph.Extraction;
using Graph.Storage;
using Graph.Storage.Abstractions;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Worker;

/// <summary>The worker with the real readers, the rule-based extractor and the embedded SQLite store.</summary>
public sealed class RealPipelineTests
{
    private static WorkerHarness RealHarness()
    {
        var h = new WorkerHarness();
        h.Settings["Graph:Sqlite:Path"] = Path.Combine(h.Root, "graph.db");
        h.ConfigureServices = services =>
        {
            services.AddGraphExtraction();
            services.AddGraphStorage();
            services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        };
        return h;
    }

    private static async Task<(GraphSnapshot Snapshot, StoreCounts Counts)> ReadStoreAsync(WorkerHarness h)
    {
        await using var store = SqliteGraphStore.Open(Path.Combine(h.Root, "graph.db"));
        return (await store.ReadSnapshotAsync(SnapshotFilter.All, TestContext.Current.CancellationToken), await store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Dropped_articles_end_up_as_the_right_events_in_the_embedded_store()
    {
        await using var h = RealHarness();
        await h.StartAsync();
        h.Drop("vertice.txt", "---\npublished: 2025-09-27\n---\nIl presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente bielorusso Alexander Lukashenko.\n");
        h.Drop("call.md", "---\npublished: 2025-10-02\nlanguage: en\n---\nFrench President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday.\n");
        h.Drop("notes.txt", "---\npublished: 2025-10-03\n---\nIl tempo a Roma oggi è stato sereno, con temperature in lieve aumento.\n");

        await h.WaitUntilAsync(() => h.DoneAsync(3), "the three articles are done");
        await h.StopAsync();

        var (snapshot, counts) = await ReadStoreAsync(h);
        counts.Articles.ShouldBe(3, "an article without events is stored too, so it is never read again");
        var meet = snapshot.Events.Where(e => e.Type == EventType.MEET).ShouldHaveSingleItem();
        new[] { meet.Source.Id, meet.Target?.Id }.ShouldBe(["vladimir-putin", "alexander-lukashenko"], ignoreOrder: true);
        meet.Date.Iso.ShouldBe("2025-09-26");
        meet.Place.ShouldBe("Mosca");
        var call = snapshot.Events.Where(e => e.Type == EventType.PHONE_CALL).ShouldHaveSingleItem();
        new[] { call.Source.Id, call.Target?.Id }.ShouldBe(["emmanuel-macron", "volodymyr-zelensky"], ignoreOrder: true);
        call.Date.Iso.ShouldBe("2025-10-01");
        snapshot.Events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_restart_after_a_stop_mid_batch_leaves_every_event_stored_once()
    {
        await using var h = RealHarness();
        h.Settings["Graph:Worker:ShutdownTimeoutSeconds"] = "0";
        await h.StartAsync();
        string[] leaders = ["Vladimir Putin", "Emmanuel Macron", "Recep Tayyip Erdogan", "Xi Jinping", "Narendra Modi", "Giorgia Meloni"];
        for (var i = 0; i < 12; i++)
        {
            h.Drop($"n{i:00}.txt", $"---\npublished: 2025-11-{i + 10}\n---\n{leaders[i % 6]} ha incontrato ieri a Roma {leaders[(i + 1) % 6]} per il vertice numero {i}.\n");
        }
        await h.WaitUntilAsync(() => h.DoneAsync(3), "a few articles are done");
        await h.StopAsync();

        await h.StartAsync();
        await h.WaitUntilAsync(() => h.DoneAsync(12), "all 12 are done after the restart");
        await h.StopAsync();

        var (snapshot, counts) = await ReadStoreAsync(h);
        counts.Articles.ShouldBe(12);
        snapshot.Events.Count(e => e.Type == EventType.MEET).ShouldBe(12);
        snapshot.Events.ShouldAllBe(e => e.Mentions.Length == 1);
    }

    [Fact]
    public async Task A_jsonl_file_with_one_bad_line_keeps_the_good_articles_and_the_fixed_file_adds_only_the_missing_one()
    {
        await using var h = RealHarness();
        await h.StartAsync();
        const string first = """{"published": "2025-09-27", "text": "Il presidente russo Vladimir Putin ha incontrato ieri a Mosca il presidente bielorusso Alexander Lukashenko."}""";
        const string second = """{"published": "2025-10-02", "language": "en", "text": "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday."}""";
        const string third = """{"published": "2025-10-05", "text": "Il presidente turco Recep Tayyip Erdogan ha incontrato ieri ad Ankara il presidente ucraino Volodymyr Zelensky."}""";
        h.Drop("wire.jsonl", $"{first}\n{second}\n{{\"published\": \"2025-10-05\"}}\n");

        await h.WaitUntilAsync(() => h.FilesIn(h.Failed).Length == 2, "the file is in failed/ with its note");
        var note = await File.ReadAllTextAsync(Path.Combine(h.Failed, "wire.jsonl.error.txt"), TestContext.Current.CancellationToken);
        note.ShouldContain("wire.jsonl:3");
        note.ShouldContain("no 'text' field");
        (await h.StatusAsync()).Done.ShouldBe(2);

        h.Drop("wire.jsonl", $"{first}\n{second}\n{third}\n");
        await h.WaitUntilAsync(() => h.DoneAsync(3), "the fixed line is ingested");
        await h.WaitUntilAsync(() => h.FilesIn(h.Processed).Length == 1, "the fixed file is processed");
        await h.StopAsync();

        var (snapshot, counts) = await ReadStoreAsync(h);
        counts.Articles.ShouldBe(3);
        snapshot.Events.Count(e => e.Type == EventType.MEET).ShouldBe(2);
        h.Log.Count(4).ShouldBe(2, "the two lines already ingested are skipped");
    }
}
