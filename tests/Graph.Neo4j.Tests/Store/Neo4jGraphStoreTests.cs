using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Domain.Actors;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Neo4j.Http;
using Graph.Neo4j.Schema;
using Graph.Neo4j.Store;
using Graph.Neo4j.Tests.Support;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;
using static Graph.Neo4j.Tests.Support.Extractions;

namespace Graph.Neo4j.Tests.Store;

/// <summary>Against a real Neo4j (see <see cref="Neo4jServerFixture"/>); each test starts from an empty graph.</summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class Neo4jGraphStoreTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private readonly Neo4jClient client = server.CreateClient();
    private Neo4jGraphStore store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await server.ClearAsync(Ct);
        store = server.CreateStore(client);
        await store.InitializeAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        client.Dispose();
    }

    [Fact]
    public async Task Initialize_creates_unique_ids_and_indexes_on_an_empty_database_and_again()
    {
        await DropSchemaAsync();
        (await SchemaAsync()).Constraints.ShouldNotContain("Actor.id");

        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        var (constraints, indexes) = await SchemaAsync();
        constraints.ShouldBe(["Actor.id", "Article.id", "Event.id"], ignoreOrder: true);
        indexes.ShouldContain("Event.date");
        indexes.ShouldContain("Actor.name");
        var duplicate = await Should.ThrowAsync<Neo4jException>(() =>
            client.ExecuteAsync(new CypherStatement("CREATE (:Actor {id: 'dup'}) CREATE (:Actor {id: 'dup'})"), Ct));
        duplicate.Code.ShouldContain("ConstraintValidationFailed");
    }

    [Fact]
    public async Task Write_draws_typed_relationships_between_actors_with_date_cameo_goldstein_and_event_id()
    {
        var extraction = MoscowArticle();

        var result = await store.WriteAsync(extraction, Ct);

        result.ShouldBe(new StoreWriteResult(true, 2, 2, 2));
        var rows = await QueryAsync("""
            MATCH (a:Actor {name: 'Vladimir Putin'})-[r]-(b:Actor)
            RETURN type(r), startNode(r).name, endNode(r).name, r.date, r.cameo, r.goldstein, r.event_id, r.place, r.confidence
            ORDER BY r.date
            """);
        rows.Count.ShouldBe(2);
        var meet = extraction.Events[0];
        Strings(rows[0][..4]).ShouldBe(["MEET", "Vladimir Putin", "Alexander Lukashenko", "2025-09-27"]);
        rows[0][4].GetString().ShouldBe("040");
        rows[0][5].GetDouble().ShouldBe(1.0);
        rows[0][6].GetString().ShouldBe(meet.Key);
        rows[0][7].GetString().ShouldBe("Moscow");
        rows[0][8].GetDouble().ShouldBe(0.92);
        Strings(rows[1][..4]).ShouldBe(["PHONE_CALL", "Alexander Lukashenko", "Vladimir Putin", "2025-12-30"]);
        rows[1][4].GetString().ShouldBe("041");
    }

    [Fact]
    public async Task Write_links_each_event_to_its_actors_and_to_the_sentence_and_article_that_report_it()
    {
        var extraction = MoscowArticle();
        await store.WriteAsync(extraction, Ct);

        var rows = await QueryAsync("""
            MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor), (e)-[m:REPORTED_IN]->(a:Article)
            RETURN s.id, e.type, t.id, e.date, e.precision, e.cameo, e.alleged, m.sentence, m.start, m.`end`, a.id, a.title, a.url, a.language, a.file
            ORDER BY e.date
            """);
        rows.Count.ShouldBe(2);
        Strings(rows[0][..5]).ShouldBe(["vladimir-putin", "MEET", "alexander-lukashenko", "2025-09-27", "day"]);
        rows[0][6].GetBoolean().ShouldBeFalse();
        rows[0][7].GetString().ShouldBe(extraction.Events[0].Mentions[0].Sentence);
        rows[0][8].GetInt32().ShouldBe(0);
        rows[0][9].GetInt32().ShouldBe(extraction.Events[0].Mentions[0].Span.End);
        Strings(rows[0][10..]).ShouldBe([extraction.Article.Id, extraction.Article.Title, extraction.Article.Url, "en", "inbox/putin-lukashenko.txt"]);
        Strings(rows[1][..3]).ShouldBe(["alexander-lukashenko", "PHONE_CALL", "vladimir-putin"]);

        var actor = (await QueryAsync("MATCH (a:Actor:Person {id: 'vladimir-putin'}) RETURN a.name, a.kind, a.country, a.role, a.aliases"))[0];
        Strings(actor[..4]).ShouldBe(["Vladimir Putin", "Person", "RUS", "President of Russia"]);
        actor[4].EnumerateArray().Select(a => a.GetString()).ShouldBe(["Putin", "Vladimir Vladimirovich Putin"]);
    }

    [Fact]
    public async Task Writing_an_article_again_changes_nothing()
    {
        await store.WriteAsync(MoscowArticle(), Ct);
        var before = await store.CountAsync(Ct);
        var relationships = await CountRelationshipsAsync();

        var again = await store.WriteAsync(MoscowArticle(), Ct);

        again.ShouldBe(StoreWriteResult.Unchanged);
        (await store.CountAsync(Ct)).ShouldBe(before);
        (await CountRelationshipsAsync()).ShouldBe(relationships);
        before.ShouldBe(new StoreCounts(1, 2, 2, 2));
        (await QueryAsync("MATCH (n) WHERE n._tx IS NOT NULL OR n._new IS NOT NULL RETURN count(n)"))[0][0].GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Two_articles_reporting_one_meeting_give_one_event_with_two_mentions()
    {
        await store.WriteAsync(MoscowArticle(), Ct);

        var second = await store.WriteAsync(SecondReportOfTheMeeting(), Ct);

        second.ShouldBe(new StoreWriteResult(true, 0, 1, 0));
        var rows = await QueryAsync("""
            MATCH (e:Event {type: 'MEET'})-[m:REPORTED_IN]->(a:Article)
            RETURN e.place, e.confidence, a.language ORDER BY a.language
            """);
        rows.Count.ShouldBe(2);
        rows[0][0].GetString().ShouldBe("Moscow"); // the first report's place stays
        rows[0][1].GetDouble().ShouldBe(0.92);
        (await QueryAsync("MATCH (:Actor)-[r:MEET]-(:Actor) RETURN count(DISTINCT r)"))[0][0].GetInt32().ShouldBe(1);
        (await QueryAsync("MATCH (s:Actor)-[:SOURCE_OF]->(:Event {type: 'MEET'}) RETURN collect(s.id)"))[0][0]
            .EnumerateArray().Select(x => x.GetString()).ShouldBe(["vladimir-putin"]);

        var snapshot = await store.ReadSnapshotAsync(SnapshotFilter.All, Ct);
        snapshot.Events.Single(e => e.Type == EventType.MEET).Mentions.Length.ShouldBe(2);
    }

    [Fact]
    public async Task The_same_pair_meeting_on_two_dates_gives_two_events_and_keeps_the_earlier_date()
    {
        await store.WriteAsync(MoscowArticle(), Ct);

        await store.WriteAsync(SecondMeeting(), Ct);

        var rows = await QueryAsync("MATCH (:Actor {id: 'vladimir-putin'})-[r:MEET]->(:Actor {id: 'alexander-lukashenko'}) RETURN r.date, r.place ORDER BY r.date");
        rows.Select(r => r[0].GetString()).ShouldBe(["2025-09-27", "2025-11-05"]);
        rows.Select(r => r[1].GetString()).ShouldBe(["Moscow", "Minsk"]);
        (await store.CountAsync(Ct)).Events.ShouldBe(3);
    }

    [Fact]
    public async Task A_batch_of_articles_goes_in_one_transaction_and_counts_what_it_added()
    {
        var batch = new[] { MoscowArticle(), SecondReportOfTheMeeting(), SecondMeeting(), MoscowArticle() };

        var result = await store.WriteBatchAsync(batch, Ct);

        result.ShouldBe(new Neo4jBatchResult(3, 0, 3, 4, 2, 1));
        (await store.CountAsync(Ct)).ShouldBe(new StoreCounts(3, 2, 3, 4));
        var again = await store.WriteBatchAsync(batch, Ct);
        again.ShouldBe(new Neo4jBatchResult(0, 3, 0, 0, 0, 1));
    }

    [Fact]
    public async Task A_group_commit_tells_each_article_what_it_added_and_a_stored_or_repeated_one_nothing()
    {
        await store.WriteAsync(SecondMeeting(), Ct);
        IBatchGraphStore batchStore = store;

        var results = await batchStore.WriteBatchAsync([MoscowArticle(), SecondReportOfTheMeeting(), SecondMeeting(), MoscowArticle()], Ct);

        // Moscow brings both actors, the meeting and the call; the second report only a mention of the same meeting.
        results.ShouldBe(
        [
            new StoreWriteResult(true, 2, 2, 0),
            new StoreWriteResult(true, 0, 1, 0),
            StoreWriteResult.Unchanged,
            StoreWriteResult.Unchanged,
        ]);
        (await store.CountAsync(Ct)).ShouldBe(new StoreCounts(3, 2, 3, 4));
    }

    [Fact]
    public async Task A_batch_larger_than_the_batch_size_is_split_between_articles()
    {
        var small = server.CreateStore(client, server.Options(o => o.BatchSize = 2));
        var batch = new[] { MoscowArticle(), SecondReportOfTheMeeting(), SecondMeeting() };

        var result = await small.WriteBatchAsync(batch, Ct);

        result.Transactions.ShouldBe(2);
        result.ArticlesAdded.ShouldBe(3);
        (await store.CountAsync(Ct)).ShouldBe(new StoreCounts(3, 2, 3, 4));
    }

    [Fact]
    public async Task ContainsArticle_tells_stored_articles_from_new_ones()
    {
        var extraction = MoscowArticle();
        (await store.ContainsArticleAsync(extraction.Article.Id, Ct)).ShouldBeFalse();

        await store.WriteAsync(extraction, Ct);

        (await store.ContainsArticleAsync(extraction.Article.Id, Ct)).ShouldBeTrue();
        (await store.ContainsArticleAsync(SecondMeeting().Article.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_article_without_events_is_still_recorded()
    {
        var empty = Extractions.Extraction(Domain.Articles.Article.Create("Nothing happened today."));

        var result = await store.WriteAsync(empty, Ct);

        result.ShouldBe(new StoreWriteResult(true, 0, 0, 0));
        (await store.ContainsArticleAsync(empty.Article.Id, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task ReadSnapshot_gives_back_actors_events_with_mentions_and_articles()
    {
        var moscow = MoscowArticle();
        await store.WriteBatchAsync([moscow, SecondReportOfTheMeeting(), SecondMeeting()], Ct);

        var all = await store.ReadSnapshotAsync(SnapshotFilter.All, Ct);

        all.Actors.Select(a => a.Id).ShouldBe(["alexander-lukashenko", "vladimir-putin"]);
        all.Actors.Single(a => a.Id == "vladimir-putin").ShouldSatisfyAllConditions(
            a => a.Kind.ShouldBe(ActorKind.Person), a => a.Country.ShouldBe("RUS"), a => a.Role.ShouldBe("President of Russia"));
        all.Events.Select(e => (e.Type, e.Date.Iso)).ShouldBe([(EventType.MEET, "2025-09-27"), (EventType.MEET, "2025-11-05"), (EventType.PHONE_CALL, "2025-12-30")]);
        all.Events.Select(e => e.Key).ShouldBe(all.Events.Select(e => e.Key).Distinct());
        var call = all.Events[2];
        call.Source.Id.ShouldBe("alexander-lukashenko");
        call.Target!.Id.ShouldBe("vladimir-putin");
        call.Key.ShouldBe(moscow.Events[1].Key);
        call.Mentions.ShouldBe(moscow.Events[1].Mentions);
        all.Articles.Count.ShouldBe(3);
        all.FindArticle(moscow.Article.Id)!.Published.ShouldBe(moscow.Article.Published);

        var calls = await store.ReadSnapshotAsync(new SnapshotFilter { Types = new HashSet<EventType> { EventType.PHONE_CALL } }, Ct);
        calls.Events.Select(e => e.Type).ShouldBe([EventType.PHONE_CALL]);
        calls.Articles.Select(a => a.Id).ShouldBe([moscow.Article.Id]);

        var autumn = await store.ReadSnapshotAsync(new SnapshotFilter { From = new DateOnly(2025, 10, 1), To = new DateOnly(2025, 11, 30) }, Ct);
        autumn.Events.Select(e => e.Date.Iso).ShouldBe(["2025-11-05"]);
    }

    [Fact]
    public async Task An_actor_name_full_of_quotes_braces_and_cypher_is_stored_verbatim()
    {
        const string name = "O'Brien \"the {boss}\" \\ back\\slash '; MATCH (n) DETACH DELETE n // `tick` $param";
        var hostile = Actor.Create(name, ActorKind.Group, null, ["}{\"'"], "}) RETURN 1 //");
        await store.WriteAsync(MoscowArticle(), Ct);

        await store.WriteAsync(Single(hostile, EventType.THREATEN, Extractions.Russia, EventDate.OfYear(2025), "They threatened Russia."), Ct);

        var rows = await QueryAsync("MATCH (a:Actor:Group {id: $id}) RETURN a.name, a.role, a.aliases", ("id", hostile.Id));
        rows.Single()[0].GetString().ShouldBe(name);
        rows.Single()[1].GetString().ShouldBe("}) RETURN 1 //");
        rows.Single()[2][0].GetString().ShouldBe("}{\"'");
        (await store.CountAsync(Ct)).ShouldBe(new StoreCounts(2, 4, 3, 3));
        (await store.ReadSnapshotAsync(SnapshotFilter.All, Ct)).Actors.Single(a => a.Id == hostile.Id).Name.ShouldBe(name);
    }

    [Fact]
    public async Task A_wrong_password_gives_a_clear_error_naming_the_server_and_keeps_the_article_pending()
    {
        using var wrong = server.CreateClient(server.Options(o => o.Password = "not-the-password"));
        var bad = server.CreateStore(wrong);

        var error = await Should.ThrowAsync<Neo4jAuthenticationException>(() => bad.WriteAsync(MoscowArticle(), Ct));

        error.Message.ShouldStartWith($"wrong user or password for {new Uri(server.Url.ToString())}");
        error.ShouldBeAssignableTo<StoreUnavailableException>(); // the worker keeps it pending instead of failing it
        (await store.ContainsArticleAsync(MoscowArticle().Article.Id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_server_that_stops_mid_run_is_retried_then_reported_unavailable_and_nothing_is_recorded()
    {
        await using var proxy = new TcpProxy(server.Url);
        var logger = new RecordingLogger<Neo4jClient>();
        var options = server.Options(o => { o.Url = proxy.Url.ToString(); o.MaxRetries = 3; o.RetryDelayMilliseconds = 10; });
        using var viaProxy = server.CreateClient(options, logger);
        var proxied = server.CreateStore(viaProxy, options);
        await proxied.WriteAsync(MoscowArticle(), Ct);

        await proxy.StopAsync();
        var error = await Should.ThrowAsync<StoreUnavailableException>(() => proxied.WriteAsync(SecondMeeting(), Ct));

        error.Message.ShouldContain(proxy.Url.ToString());
        error.Message.ShouldContain("after 4 attempt(s)");
        logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("retry", StringComparison.Ordinal)).ShouldBe(3);
        proxy.Start();
        (await proxied.ContainsArticleAsync(SecondMeeting().Article.Id, Ct)).ShouldBeFalse();
        (await proxied.CountAsync(Ct)).ShouldBe(new StoreCounts(1, 2, 2, 2));
        (await proxied.WriteAsync(SecondMeeting(), Ct)).ArticleAdded.ShouldBeTrue();
    }

    private async Task<List<JsonElement[]>> QueryAsync(string cypher, params (string, object?)[] parameters) =>
        [.. (await client.ExecuteAsync(CypherStatement.Of(cypher, parameters), Ct)).Rows];

    private async Task<long> CountRelationshipsAsync() => (await QueryAsync("MATCH ()-[r]->() RETURN count(r)"))[0][0].GetInt64();

    private static string?[] Strings(JsonElement[] row) => [.. row.Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString())];

    private bool IsNeo4j3 => SchemaStatements.DialectFor(server.Server.Release) == SchemaDialect.Neo4j3;

    /// <summary>Constraints as "Label.property" and indexes likewise, read the way the server's version allows.</summary>
    private async Task<(List<string> Constraints, List<string> Indexes)> SchemaAsync()
    {
        if (IsNeo4j3)
        {
            var constraints = (await QueryAsync("CALL db.constraints()")).Select(r => ConstraintPattern().Match(r[0].GetString()!)).Where(m => m.Success)
                .Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}").ToList();
            var indexes = (await QueryAsync("CALL db.indexes()")).Select(r => IndexPattern().Match(r[0].GetString()!)).Where(m => m.Success)
                .Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}").ToList();
            return (constraints, indexes);
        }
        static string Name(JsonElement[] r) => $"{r[0][0].GetString()}.{r[1][0].GetString()}";
        var c = (await QueryAsync("SHOW CONSTRAINTS YIELD labelsOrTypes, properties")).Select(Name).ToList();
        var i = (await QueryAsync("SHOW INDEXES YIELD labelsOrTypes, properties, type WHERE type <> 'LOOKUP' RETURN labelsOrTypes, properties")).Select(Name).ToList();
        return (c, i);
    }

    private async Task DropSchemaAsync()
    {
        string[] statements = IsNeo4j3
            ?
            [
                "DROP CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE", "DROP CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE",
                "DROP CONSTRAINT ON (e:Event) ASSERT e.id IS UNIQUE", "DROP INDEX ON :Event(date)", "DROP INDEX ON :Actor(name)",
            ]
            :
            [
                "DROP CONSTRAINT actor_id IF EXISTS", "DROP CONSTRAINT article_id IF EXISTS", "DROP CONSTRAINT event_id IF EXISTS",
                "DROP INDEX event_date IF EXISTS", "DROP INDEX actor_name IF EXISTS",
            ];
        foreach (var s in statements)
        {
            try
            {
                await client.ExecuteAsync(new CypherStatement(s), Ct);
            }
            catch (Neo4jException)
            {
                // Already absent.
            }
        }
    }

    [GeneratedRegex(@":\s*(\w+)\s*\)\s*ASSERT\s+\w+\.(\w+)")]
    private static partial Regex ConstraintPattern();

    [GeneratedRegex(@":(\w+)\((\w+)\)")]
    private static partial Regex IndexPattern();
}
