using System.Collections.Immutable;
using System.Text.Json;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Analyze_shows_central_actors_communities_and_pairs_as_tables()
    {
        using var dir = new TempDirectory();
        var db = await AnalysisStore.WriteAsync(dir, AnalysisStore.Crisis());

        var result = await CliRunner.RunAsync("analyze", "--db", db);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldContain("7 actors, 9 events");
        result.Out.ShouldContain("Most central actors");
        result.Out.ShouldContain("pagerank");
        result.Out.ShouldContain("Communities (Louvain, modularity");
        result.Out.ShouldContain("Most conflictual pairs");
        result.Out.ShouldContain("ATTACK×2");
    }

    [Fact]
    public async Task Analyze_json_ranks_the_war_as_the_most_conflictual_relation()
    {
        using var dir = new TempDirectory();
        var db = await AnalysisStore.WriteAsync(dir, AnalysisStore.Crisis());

        var result = await CliRunner.RunAsync("analyze", "--db", db, "--format", "json", "--top", "3");

        result.ExitCode.ShouldBe(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("actors").GetInt32().ShouldBe(7);
        var conflict = root.GetProperty("mostConflictualPairs")[0];
        new[] { conflict.GetProperty("a").GetProperty("name").GetString(), conflict.GetProperty("b").GetProperty("name").GetString() }
            .Order().ShouldBe(["Russia", "Ukraine"]);
        conflict.GetProperty("conflict").GetDouble().ShouldBe(20);
        root.GetProperty("centrality").GetProperty("betweenness").GetArrayLength().ShouldBeLessThanOrEqualTo(3);
        foreach (var measure in new[] { "degree", "weighted-degree", "pagerank", "betweenness", "closeness" })
        {
            root.GetProperty("centrality").TryGetProperty(measure, out _).ShouldBeTrue(measure);
        }
        root.GetProperty("communities").GetProperty("modularity").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Analyze_markdown_has_a_section_per_question()
    {
        using var dir = new TempDirectory();
        var db = await AnalysisStore.WriteAsync(dir, AnalysisStore.Crisis());

        var result = await CliRunner.RunAsync("analyze", "--db", db, "--format", "md");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldStartWith("# Actor graph analysis");
        foreach (var heading in new[] { "## Most central actors", "## Communities", "## Most active pairs", "## Most cooperative pairs", "## Most conflictual pairs" })
        {
            result.Out.ShouldContain(heading);
        }
    }

    [Fact]
    public async Task Analyze_filters_by_type_and_date()
    {
        using var dir = new TempDirectory();
        var db = await AnalysisStore.WriteAsync(dir, AnalysisStore.Crisis());

        var meetings = await CliRunner.RunAsync("analyze", "--db", db, "--types", "MEET", "--format", "json");
        var october = await CliRunner.RunAsync("analyze", "--db", db, "--from", "2025-10-01", "--to", "2025-10-02", "--format", "json");

        meetings.ExitCode.ShouldBe(0, meetings.Error);
        using (var json = JsonDocument.Parse(meetings.Out))
        {
            // Putin–Lukashenko twice, the Pope and Mattarella once.
            json.RootElement.GetProperty("actors").GetInt32().ShouldBe(4);
            json.RootElement.GetProperty("events").GetInt32().ShouldBe(3);
        }
        using (var json = JsonDocument.Parse(october.Out))
        {
            json.RootElement.GetProperty("events").GetInt32().ShouldBe(2);
        }
    }

    [Fact]
    public async Task Analyze_on_an_empty_store_says_so_and_exits_zero()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("analyze", "--db", dir.File("graph.db"));

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("no events");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task Analyze_when_nothing_matches_names_the_filter()
    {
        using var dir = new TempDirectory();
        var db = await AnalysisStore.WriteAsync(dir, AnalysisStore.Crisis());

        var result = await CliRunner.RunAsync("analyze", "--db", db, "--types", "RELEASE", "--kinds", "person");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("no events");
        result.Error.ShouldContain("RELEASE");
    }

    [Fact]
    public async Task Analyze_with_an_unknown_type_or_kind_is_a_usage_error()
    {
        using var dir = new TempDirectory();

        var type = await CliRunner.RunAsync("analyze", "--db", dir.File("graph.db"), "--types", "HUG");
        var kind = await CliRunner.RunAsync("analyze", "--db", dir.File("graph.db"), "--kinds", "planet");

        type.ExitCode.ShouldBe(2);
        type.Error.ShouldContain("PHONE_CALL");
        kind.ExitCode.ShouldBe(2);
        kind.Error.ShouldContain("organization");
    }
}

/// <summary>Writes extractions through the real SQLite store, as ingest would, for the analysis command tests.</summary>
internal static class AnalysisStore
{
    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin"]);
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko"]);
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS");
    public static readonly Actor Ukraine = Actor.Create("Ukraine", ActorKind.State, "UKR");
    public static readonly Actor Nato = Actor.Create("NATO", ActorKind.Organization);
    public static readonly Actor Pope = Actor.Create("Pope Leo XIV", ActorKind.Person, "VAT");
    public static readonly Actor Mattarella = Actor.Create("Sergio Mattarella", ActorKind.Person, "ITA", ["Mattarella"]);

    /// <summary>
    /// Putin and Lukashenko meet twice; Russia attacks Ukraine twice; NATO sanctions Russia and
    /// supports Ukraine, which appeals to it; Lukashenko criticises NATO. Apart from all that, the
    /// Pope meets Mattarella.
    /// </summary>
    public static IReadOnlyList<(Actor Source, EventType Type, Actor Target, string Date, string Sentence)> Crisis() =>
    [
        (Putin, EventType.MEET, Lukashenko, "2025-09-27", "Putin received Lukashenko in Moscow on Saturday."),
        (Lukashenko, EventType.MEET, Putin, "2025-10-05", "Lukashenko and Putin met again in Minsk."),
        (Russia, EventType.ATTACK, Ukraine, "2025-10-01", "Russian drones struck Kharkiv overnight."),
        (Russia, EventType.ATTACK, Ukraine, "2025-10-02", "Russia launched a new missile attack on Kyiv."),
        (Nato, EventType.SANCTION, Russia, "2025-10-03", "NATO members agreed new sanctions on Moscow."),
        (Ukraine, EventType.APPEAL, Nato, "2025-10-04", "Kyiv appealed to NATO for air defence."),
        (Nato, EventType.SUPPORT, Ukraine, "2025-10-04", "NATO reaffirmed its support for Ukraine."),
        (Lukashenko, EventType.CRITICIZE, Nato, "2025-10-06", "Lukashenko criticised NATO's \"aggressive\" posture."),
        (Pope, EventType.MEET, Mattarella, "2025-10-07", "The Pope met President Mattarella at the Quirinale."),
    ];

    /// <summary>One article per event, written through <see cref="SqliteGraphStore"/>; returns the database path.</summary>
    public static async Task<string> WriteAsync(TempDirectory dir, IEnumerable<(Actor Source, EventType Type, Actor Target, string Date, string Sentence)> events)
    {
        var path = dir.File("graph.db");
        var ct = TestContext.Current.CancellationToken;
        await using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }));
        await store.InitializeAsync(ct);
        foreach (var (source, type, target, date, sentence) in events)
        {
            var article = Article.Create(sentence, title: sentence, published: new DateTimeOffset(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero), language: "en");
            var e = new Event(source, type, target, EventDate.Parse(date), null, 0.9, false, [new Mention(article.Id, sentence, new TextSpan(0, sentence.Length))]);
            await store.WriteAsync(new ArticleExtraction(article, [e], ImmutableArray<string>.Empty), ct);
        }
        return path;
    }
}
