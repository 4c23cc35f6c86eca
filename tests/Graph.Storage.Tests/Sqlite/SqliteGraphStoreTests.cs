using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;
using static Graph.Storage.Tests.Sqlite.StoreFixture;

namespace Graph.Storage.Tests.Sqlite;

public sealed partial class SqliteGraphStoreTests : IAsyncLifetime
{
    private readonly StoreFixture _fixture = new();

    private SqliteGraphStore Store => _fixture.Store;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Initialize_creates_the_folder_and_schema_and_can_run_again()
    {
        await Store.InitializeAsync(Ct);
        await using var again = SqliteGraphStore.Open(_fixture.DbPath);
        await again.InitializeAsync(Ct);
        await again.InitializeAsync(Ct);

        File.Exists(_fixture.DbPath).ShouldBeTrue();
        (await again.CountAsync(Ct)).ShouldBe(new StoreCounts(0, 0, 0, 0));
        await using var connection = new SqliteConnection($"Data Source={_fixture.DbPath};Pooling=False");
        await connection.OpenAsync(Ct);
        var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM schema_version; ";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe("1");
        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe("wal");
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name);";
        (await command.ExecuteScalarAsync(Ct)).ShouldBe("actors,articles,events,ix_actors_name,ix_events_date_start,ix_events_source_id,ix_events_target_id,ix_mentions_article_id,mentions,schema_version");
    }

    [Fact]
    public void Description_names_the_file()
    {
        Store.Description.ShouldBe("sqlite " + _fixture.DbPath);
    }

    [Fact]
    public async Task Write_then_read_back_round_trips_every_field()
    {
        var article = Article("Il 27 settembre Putin ha ricevuto Lukashenko a Mosca. “Siamo alleati”, ha detto.",
            new DateTimeOffset(2025, 9, 28, 10, 15, 0, TimeSpan.FromHours(3)));
        var evidence = new Evidence("ha ricevuto", "it.verb.active-svo", ["Putin → Vladimir Putin (alias)", "Lukashenko → Alexander Lukashenko (alias)"]);
        var meet = Event(article, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), "Il 27 settembre Putin ha ricevuto Lukashenko a Mosca.", 0, "Mosca", 0.92, false, evidence);
        var concern = Event(article, Ivory, EventType.CONCERN, null, EventDate.OfMonth(2025, 9), "“Siamo alleati”, ha detto.", 55, null, 0.4, true);
        var mobilize = Event(article, Russia, EventType.MOBILIZE, Nato, EventDate.OfYear(2025), "Mosca schiera truppe.", 80);
        var threaten = Event(article, Nato, EventType.THREATEN, Russia, EventDate.Unknown, "La NATO minaccia.", 100, place: "Bruxelles");

        var result = await Store.WriteAsync(Extraction(article, meet, concern, mobilize, threaten), Ct);

        result.ShouldBe(new StoreWriteResult(true, 4, 4, 5));
        var snapshot = await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct);
        snapshot.Events.Select(e => e.Key).ShouldBe([mobilize.Key, concern.Key, meet.Key, threaten.Key]);
        foreach (var expected in new[] { meet, concern, mobilize, threaten })
        {
            var actual = snapshot.Events.Single(e => e.Key == expected.Key);
            actual.Source.ShouldBe(expected.Source);
            actual.Target?.Id.ShouldBe(expected.Target?.Id);
            actual.Type.ShouldBe(expected.Type);
            actual.Date.ShouldBe(expected.Date);
            actual.Place.ShouldBe(expected.Place);
            actual.Confidence.ShouldBe(expected.Confidence);
            actual.Alleged.ShouldBe(expected.Alleged);
            actual.Mentions.ShouldBe(expected.Mentions);
            actual.Evidence.ShouldBe(expected.Evidence);
        }
        snapshot.Events.Single(e => e.Key == concern.Key).Target.ShouldBeNull();

        snapshot.Actors.Count.ShouldBe(5);
        var putin = snapshot.Actors.Single(a => a.Id == "vladimir-putin");
        putin.Name.ShouldBe("Vladimir Putin");
        putin.Kind.ShouldBe(ActorKind.Person);
        putin.Country.ShouldBe("RUS");
        putin.Role.ShouldBe("President of Russia");
        putin.Aliases.ShouldBe(["Putin", "Vladimir Vladimirovič Putin"]);
        var ivory = snapshot.Actors.Single(a => a.Id == "cote-divoire");
        ivory.Name.ShouldBe("Côte d'Ivoire");
        ivory.Aliases.ShouldBe(["Costa d’Avorio", "«Ivory Coast»"]);
        snapshot.Actors.Single(a => a.Id == "nato").Country.ShouldBeNull();

        var info = snapshot.Articles.ShouldHaveSingleItem();
        info.ShouldBe(Domain.Articles.ArticleInfo.From(article));
        info.Published!.Value.Offset.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task A_publication_day_without_time_reads_back_as_a_day()
    {
        var article = Article("Lukashenko ha telefonato a Putin.", new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero), hasTime: false);
        await Store.WriteAsync(Extraction(article, Event(article, Lukashenko, EventType.PHONE_CALL, Putin, EventDate.OfDay(2025, 12, 30))), Ct);

        var info = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Articles.ShouldHaveSingleItem();

        info.PublishedHasTime.ShouldBeFalse();
        info.Published.ShouldBe(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Writing_the_same_extraction_twice_changes_nothing()
    {
        var article = Article("Putin ha incontrato Lukashenko.");
        var extraction = Extraction(article, Event(article, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27)));

        await Store.WriteAsync(extraction, Ct);
        var before = await Store.CountAsync(Ct);
        var second = await Store.WriteAsync(extraction, Ct);

        second.ShouldBe(StoreWriteResult.Unchanged);
        (await Store.CountAsync(Ct)).ShouldBe(before);
        before.ShouldBe(new StoreCounts(1, 2, 1, 1));
        (await Store.ContainsArticleAsync(article.Id, Ct)).ShouldBeTrue();
        (await Store.ContainsArticleAsync(Domain.Articles.Article.ComputeId("altro"), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_articles_reporting_one_event_give_one_event_with_two_mentions()
    {
        var first = Article("Putin ha accolto Lukashenko a Mosca.");
        var second = Article("Vladimir Putin met Alexander Lukashenko in Moscow.");
        var date = EventDate.OfDay(2025, 9, 27);

        var a = await Store.WriteAsync(Extraction(first, Event(first, Putin, EventType.MEET, Lukashenko, date, "Putin ha accolto Lukashenko a Mosca.", confidence: 0.7, alleged: true)), Ct);
        var b = await Store.WriteAsync(Extraction(second, Event(second, Putin, EventType.MEET, Lukashenko, date, "Vladimir Putin met Alexander Lukashenko in Moscow.", confidence: 0.9)), Ct);

        a.ShouldBe(new StoreWriteResult(true, 1, 1, 2));
        b.ShouldBe(new StoreWriteResult(true, 0, 1, 0));
        var e = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Events.ShouldHaveSingleItem();
        e.Mentions.Select(m => m.ArticleId).ShouldBe([first.Id, second.Id]);
        e.Confidence.ShouldBe(0.9);
        e.Alleged.ShouldBeFalse();
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(2, 2, 1, 2));
    }

    [Fact]
    public async Task The_same_pair_on_two_dates_gives_two_events()
    {
        var article = Article("Si sono visti a settembre e di nuovo a dicembre.");
        await Store.WriteAsync(Extraction(article,
            Event(article, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), start: 0),
            Event(article, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 12, 5), start: 40)), Ct);

        (await Store.CountAsync(Ct)).Events.ShouldBe(2);
    }

    [Fact]
    public async Task A_symmetric_event_with_swapped_ends_is_one_event()
    {
        var first = Article("Putin ha chiamato Lukashenko.");
        var second = Article("Lukashenko ha chiamato Putin.");
        var date = EventDate.OfDay(2025, 12, 30);

        await Store.WriteAsync(Extraction(first, Event(first, Putin, EventType.PHONE_CALL, Lukashenko, date)), Ct);
        var again = await Store.WriteAsync(Extraction(second, Event(second, Lukashenko, EventType.PHONE_CALL, Putin, date)), Ct);

        again.EventsAdded.ShouldBe(0);
        again.MentionsAdded.ShouldBe(1);
        (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Events.ShouldHaveSingleItem().Mentions.Length.ShouldBe(2);
    }

    [Fact]
    public async Task An_existing_actor_is_not_overwritten_by_a_thinner_record_and_aliases_merge()
    {
        var first = Article("Primo articolo su Putin.");
        var second = Article("Secondo articolo su Putin.");
        var thin = new Actor("vladimir-putin", "Putin", ActorKind.Person, null, ["V. Putin"]);

        await Store.WriteAsync(Extraction(first, Event(first, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 1, 1))), Ct);
        var result = await Store.WriteAsync(Extraction(second, Event(second, thin, EventType.CRITICIZE, Nato, EventDate.OfDay(2025, 1, 2))), Ct);

        result.ActorsAdded.ShouldBe(1);
        var putin = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Actors.Single(a => a.Id == "vladimir-putin");
        putin.Name.ShouldBe("Vladimir Putin");
        putin.Country.ShouldBe("RUS");
        putin.Role.ShouldBe("President of Russia");
        putin.Aliases.ShouldBe(["Putin", "Vladimir Vladimirovič Putin", "V. Putin"]);
    }

    [Fact]
    public async Task An_actor_enriched_by_another_process_keeps_every_alias_when_this_store_adds_one()
    {
        await using var other = SqliteGraphStore.Open(_fixture.DbPath);
        var first = Article("Putin a Minsk.");
        var second = Article("Putin, detto V. Putin, a Mosca.");
        var third = Article("Putin, detto il Presidente, a Sochi.");
        var withAlias = new Actor("vladimir-putin", "Putin", ActorKind.Person, null, ["V. Putin"]);
        var withAnother = new Actor("vladimir-putin", "Putin", ActorKind.Person, null, ["il Presidente"]);

        await Store.WriteAsync(Extraction(first, Event(first, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 1, 1))), Ct);
        await other.WriteAsync(Extraction(second, Event(second, withAlias, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 1, 2))), Ct);
        await Store.WriteAsync(Extraction(third, Event(third, withAnother, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 1, 3))), Ct);

        var putin = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Actors.Single(a => a.Id == "vladimir-putin");
        putin.Aliases.ShouldBe(["Putin", "Vladimir Vladimirovič Putin", "V. Putin", "il Presidente"]);
    }

    [Fact]
    public async Task Concurrent_writes_from_eight_tasks_lose_nothing()
    {
        var date = EventDate.OfDay(2025, 6, 1);
        var tasks = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var article = Article($"Articolo {worker}-{i}: Putin incontra Lukashenko, la NATO critica la Russia.");
                await Store.WriteAsync(Extraction(article,
                    Event(article, Putin, EventType.MEET, Lukashenko, date),
                    Event(article, Nato, EventType.CRITICIZE, Russia, EventDate.OfDay(2025, 6, 1 + i), start: 50)), Ct);
            }
        }, Ct));

        await Task.WhenAll(tasks);

        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(80, 4, 11, 160));
    }

    [Fact]
    public async Task Two_stores_on_one_file_like_two_processes_wait_for_each_other_and_lose_nothing()
    {
        await using var other = SqliteGraphStore.Open(_fixture.DbPath);
        async Task WriteMany(SqliteGraphStore store, string name)
        {
            for (var i = 0; i < 20; i++)
            {
                var article = Article($"{name} {i}: la NATO critica la Russia.");
                await store.WriteAsync(Extraction(article, Event(article, Nato, EventType.CRITICIZE, Russia, EventDate.OfDay(2025, 3, 1 + i))), Ct);
            }
        }

        await Task.WhenAll(Task.Run(() => WriteMany(Store, "uno"), Ct), Task.Run(() => WriteMany(other, "due"), Ct),
            Task.Run(async () => { for (var i = 0; i < 20; i++) await other.ReadSnapshotAsync(SnapshotFilter.All, Ct); }, Ct));

        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(40, 2, 20, 40));
    }

    [Fact]
    public async Task Snapshot_filters_by_dates_types_actor_and_kind()
    {
        var article = Article("Un articolo con molti eventi diversi.");
        await Store.WriteAsync(Extraction(article,
            Event(article, Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), start: 0),
            Event(article, Nato, EventType.CRITICIZE, Russia, EventDate.OfMonth(2025, 10), start: 10),
            Event(article, Russia, EventType.MOBILIZE, null, EventDate.OfYear(2024), start: 20),
            Event(article, Ivory, EventType.APPEAL, Nato, EventDate.Unknown, start: 30)), Ct);

        async Task<string[]> Types(SnapshotFilter f) =>
            [.. (await Store.ReadSnapshotAsync(f, Ct)).Events.Select(e => e.Type.ToString())];

        (await Types(SnapshotFilter.All)).ShouldBe(["MOBILIZE", "MEET", "CRITICIZE", "APPEAL"]);
        (await Types(new SnapshotFilter { From = new DateOnly(2025, 10, 15) })).ShouldBe(["CRITICIZE", "APPEAL"]);
        (await Types(new SnapshotFilter { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 9, 30), IncludeUndated = false })).ShouldBe(["MEET"]);
        (await Types(new SnapshotFilter { To = new DateOnly(2024, 12, 31), IncludeUndated = false })).ShouldBe(["MOBILIZE"]);
        (await Types(new SnapshotFilter { Types = new HashSet<EventType> { EventType.MEET, EventType.APPEAL } })).ShouldBe(["MEET", "APPEAL"]);
        (await Types(new SnapshotFilter { ActorId = "russia" })).ShouldBe(["MOBILIZE", "CRITICIZE"]);
        (await Types(new SnapshotFilter { ActorKinds = new HashSet<ActorKind> { ActorKind.State, ActorKind.Organization } })).ShouldBe(["MOBILIZE", "CRITICIZE", "APPEAL"]);

        var byActor = await Store.ReadSnapshotAsync(new SnapshotFilter { ActorId = "vladimir-putin" }, Ct);
        byActor.Actors.Select(a => a.Id).ShouldBe(["alexander-lukashenko", "vladimir-putin"]);
        byActor.Articles.ShouldHaveSingleItem().Id.ShouldBe(article.Id);
    }

    [Fact]
    public async Task An_empty_store_gives_an_empty_snapshot()
    {
        var snapshot = await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct);

        snapshot.Events.ShouldBeEmpty();
        snapshot.Actors.ShouldBeEmpty();
        snapshot.Articles.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_clear_error_naming_it()
    {
        Directory.CreateDirectory(_fixture.Folder);
        var path = Path.Combine(_fixture.Folder, "notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("Questo non è un database SQLite.\n", 200)), Ct);
        await using var store = SqliteGraphStore.Open(path);

        var ex = await Should.ThrowAsync<SqliteStoreException>(() => store.InitializeAsync(Ct));

        ex.Message.ShouldStartWith($"{path} is not a SQLite database");
        ex.Message.ShouldContain("--db");
    }

    [Fact]
    public async Task A_location_that_cannot_be_written_gives_a_clear_error_naming_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "uses /proc, which refuses new files even for root");
        await using var store = SqliteGraphStore.Open("/proc/graph-test/graph.db");

        var ex = await Should.ThrowAsync<SqliteStoreException>(() => store.InitializeAsync(Ct));

        ex.Message.ShouldStartWith("/proc/graph-test/graph.db: cannot create the folder /proc/graph-test");
    }

    [Fact]
    public async Task A_read_only_file_gives_a_clear_error_naming_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "uses /proc, which refuses writes even for root");
        await using var store = SqliteGraphStore.Open("/proc/version");

        var ex = await Should.ThrowAsync<SqliteStoreException>(() => store.InitializeAsync(Ct));

        ex.Message.ShouldStartWith("/proc/version");
        ex.Message.ShouldContain("--db");
    }

    [Fact]
    public async Task Reads_before_initialize_create_the_schema_first()
    {
        (await Store.CountAsync(Ct)).ShouldBe(new StoreCounts(0, 0, 0, 0));
        (await Store.ContainsArticleAsync("abc", Ct)).ShouldBeFalse();
    }

    [Fact]
    public void Options_default_to_data_graph_db()
    {
        new SqliteStoreOptions().Path.ShouldBe("data/graph.db");
    }

    [Fact]
    public async Task Events_keep_their_mentions_in_first_seen_order_across_articles()
    {
        var articles = Enumerable.Range(1, 3).Select(i => Article($"Articolo numero {i} sull’incontro.")).ToList();
        foreach (var article in articles)
        {
            await Store.WriteAsync(Extraction(article, Event(article, Lukashenko, EventType.MEET, Putin, EventDate.OfDay(2025, 9, 27))), Ct);
        }

        var e = (await Store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Events.ShouldHaveSingleItem();

        e.Mentions.Select(m => m.ArticleId).ShouldBe(articles.Select(a => a.Id));
        ImmutableArray.CreateRange(e.Mentions).Length.ShouldBe(3);
    }
}
