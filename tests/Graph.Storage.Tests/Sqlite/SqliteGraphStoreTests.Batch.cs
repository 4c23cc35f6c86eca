using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Graph.Storage.Sqlite;
using Shouldly;
using Xunit;
using static Graph.Storage.Tests.Sqlite.StoreFixture;

namespace Graph.Storage.Tests.Sqlite;

public sealed partial class SqliteGraphStoreTests
{
    [Fact]
    public async Task A_batch_stores_every_article_like_separate_writes_would()
    {
        var first = Article("Putin ha accolto Lukashenko a Mosca.");
        var second = Article("Vladimir Putin met Alexander Lukashenko in Moscow.");
        var third = Article("La NATO ha criticato la Russia.");
        var date = EventDate.OfDay(2025, 9, 27);

        var results = await Store.WriteBatchAsync(
        [
            Extraction(first, Event(first, Putin, EventType.MEET, Lukashenko, date, "Putin ha accolto Lukashenko a Mosca.", confidence: 0.7)),
            Extraction(second, Event(second, Putin, EventType.MEET, Lukashenko, date, "Vladimir Putin met Alexander Lukashenko in Moscow.", confidence: 0.9)),
            Extraction(third, Event(third, Nato, EventType.CRITICIZE, Russia, date, "La NATO ha criticato la Russia.")),
        ], Ct);

        results.ShouldBe([new StoreWriteResult(true, 1, 1, 2), new StoreWriteResult(true, 0, 1, 0), new StoreWriteResult(true, 1, 1, 2)]);
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(3, 4, 2, 3));
        var meet = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Events.Single(e => e.Type == EventType.MEET);
        meet.Confidence.ShouldBe(0.9);
        meet.Mentions.Select(m => m.ArticleId).ShouldBe([first.Id, second.Id]);
    }

    [Fact]
    public async Task An_article_twice_in_a_batch_or_already_stored_is_written_once()
    {
        var stored = Article("Putin ha incontrato Lukashenko.");
        var fresh = Article("Lukashenko ha chiamato Putin.");
        var storedExtraction = Extraction(stored, Event(stored, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27)));
        var freshExtraction = Extraction(fresh, Event(fresh, Lukashenko, EventType.PHONE_CALL, Putin, EventDate.OfDay(2025, 9, 28)));
        await Store.WriteAsync(storedExtraction, Ct);

        var results = await Store.WriteBatchAsync([storedExtraction, freshExtraction, freshExtraction], Ct);

        results.Select(r => r.ArticleAdded).ShouldBe([false, true, false]);
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(2, 2, 2, 2));
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_stores_none_of_its_articles_and_the_store_goes_on()
    {
        var first = Article("Putin ha incontrato Lukashenko.");
        var good = Extraction(first, Event(first, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27)));

        await Should.ThrowAsync<ArgumentNullException>(() => Store.WriteBatchAsync([good, null!], Ct));

        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(0, 0, 0, 0));
        (await Store.WriteBatchAsync([good], Ct)).ShouldBe([new StoreWriteResult(true, 1, 1, 2)]);
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(1, 2, 1, 1));
    }

    [Fact]
    public async Task An_empty_batch_writes_nothing()
    {
        (await Store.WriteBatchAsync([], Ct)).ShouldBeEmpty();
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(0, 0, 0, 0));
    }
}
