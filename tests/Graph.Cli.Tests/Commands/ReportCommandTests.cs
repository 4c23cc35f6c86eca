using AngleSharp.Html.Parser;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Timeline;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace Graph.Cli.Tests.Commands;

public sealed class ReportCommandTests
{
    private static async Task<string> SeededStoreAsync(TempDirectory dir)
    {
        var db = dir.File("graph.db");
        var ingest = await CliRunner.RunAsync("ingest", RepoPaths.Seeds, "--db", db);
        ingest.ExitCode.ShouldBe(0, ingest.Error);
        return db;
    }

    [Fact]
    public async Task Timeline_for_Putin_lists_the_seed_meeting_and_phone_call_in_order_with_their_quotes()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);

        var result = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--db", db, "--format", "md");

        result.ExitCode.ShouldBe(0, result.Error);
        var md = result.Out;
        md.ShouldStartWith("# Timeline: Vladimir Putin");
        var lines = md.Split('\n');
        var meet = Array.FindIndex(lines, l => l.Contains("**27 Sep 2025**", StringComparison.Ordinal) && l.Contains("(MEET)", StringComparison.Ordinal) && l.Contains("Alexander Lukashenko", StringComparison.Ordinal));
        var call = Array.FindIndex(lines, l => l.Contains("**30 Dec 2025**", StringComparison.Ordinal) && l.Contains("(PHONE_CALL)", StringComparison.Ordinal) && l.Contains("Alexander Lukashenko", StringComparison.Ordinal));
        meet.ShouldBeGreaterThanOrEqualTo(0, md);
        call.ShouldBeGreaterThan(meet, md);
        Array.FindIndex(lines, l => l == "## September 2025").ShouldBeLessThan(meet);
        Array.FindIndex(lines, l => l == "## December 2025").ShouldBeLessThan(call);
        Quote(lines, meet).ShouldContain("ha accolto a Mosca");
        Quote(lines, call).ShouldContain("conversazione telefonica");
    }

    // The first block-quote line after the event's line.
    private static string Quote(string[] lines, int from) => lines.Skip(from + 1).First(l => l.TrimStart().StartsWith('>'));

    [Fact]
    public async Task Html_timeline_of_a_pair_is_written_to_a_new_folder_as_one_self_contained_page()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);
        var file = dir.File(Path.Combine("out", "reports", "putin.html"));

        var result = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--with", "Lukashenko", "--db", db, "-o", file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain(file);
        var doc = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        doc.Title.ShouldBe("Timeline: Vladimir Putin and Alexander Lukashenko");
        doc.QuerySelectorAll("script, link, img").Length.ShouldBe(0);
        doc.QuerySelectorAll("svg.chart").Length.ShouldBe(2);
        var dates = doc.QuerySelectorAll("li.event .when time").Select(t => t.GetAttribute("datetime")!).ToList();
        dates[0].ShouldBe("2025-09-27");
        dates.ShouldContain("2025-12-30");
        dates.ShouldBe(dates.Order(StringComparer.Ordinal).ToList());
        doc.QuerySelectorAll("li.event .headline").Select(h => h.TextContent).ShouldContain(h => h.Contains("phone call", StringComparison.Ordinal));
        Directory.GetFiles(Path.GetDirectoryName(file)!).ShouldBe([file]);
    }

    [Fact]
    public async Task Json_timeline_reads_back_as_the_same_report()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);

        var result = await CliRunner.RunAsync("report", "timeline", "--actor", "vladimir-putin", "--types", "MEET,PHONE_CALL", "--db", db, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Error);
        var report = TimelineJson.Deserialize(result.Out);
        report.Actor.Name.ShouldBe("Vladimir Putin");
        report.AllEntries.Select(e => (e.Date, e.Type.ToString())).ShouldBe([("2025-09-27", "MEET"), ("2025-12-30", "PHONE_CALL")]);
        TimelineJson.Serialize(report).ShouldBe(result.Out.TrimEnd('\n'));
    }

    [Fact]
    public async Task No_matching_events_says_so_exits_zero_and_writes_no_file()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);
        var file = dir.File("empty/putin.html");

        var result = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--from", "2030-01-01", "--db", db, "-o", file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("no events involving Vladimir Putin");
        result.Error.ShouldContain("nothing written");
        File.Exists(file).ShouldBeFalse();
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_actor_is_a_clear_error_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);

        var result = await CliRunner.RunAsync("report", "timeline", "--actor", "Napoleon", "--db", db);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no actor matches 'Napoleon'");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_event_type_or_a_reversed_range_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        var db = dir.File("graph.db");

        var type = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--types", "HUG", "--db", db);
        var range = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--from", "2025-12-01", "--to", "2025-01-01", "--db", db);

        type.ExitCode.ShouldBe(2);
        type.Error.ShouldContain("PHONE_CALL");
        range.ExitCode.ShouldBe(2);
        range.Error.ShouldContain("is after --to");
    }

    [Fact]
    public async Task Summary_in_markdown_and_html_counts_the_seed_events()
    {
        using var dir = new TempDirectory();
        var db = await SeededStoreAsync(dir);
        var file = dir.File("summary.html");

        var md = await CliRunner.RunAsync("report", "summary", "--db", db);
        var html = await CliRunner.RunAsync("report", "summary", "--db", db, "-o", file);

        md.ExitCode.ShouldBe(0, md.Error);
        md.Out.ShouldContain("## Events by type");
        md.Out.ShouldContain("| MEET | meet |");
        md.Out.ShouldContain("Vladimir Putin");
        html.ExitCode.ShouldBe(0, html.Error);
        var doc = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        doc.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldContain("Most active pairs");
    }

    [Fact]
    public async Task Summary_of_an_empty_store_says_so_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var file = dir.File("summary.md");

        var result = await CliRunner.RunAsync("report", "summary", "--db", dir.File("graph.db"), "-o", file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("no events");
        File.Exists(file).ShouldBeFalse();
    }

    // A store written directly, so these tests do not depend on what extraction finds.
    private static async Task<string> HostileStoreAsync(TempDirectory dir)
    {
        var db = dir.File("hostile.db");
        var evil = new Actor("evil-group", "<script>alert(1)</script>", ActorKind.Group, null, []);
        var putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin"]);
        var sentence = "Il gruppo <script>alert(1)</script> ha minacciato Putin & i suoi *alleati*.";
        var article = new Article("hostile-article", "<b>Titolo</b>", sentence, new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero), "Fonte", "https://example.org/a?x=1&y=<2>", "it", "in/hostile.txt");
        var threat = new Event(evil, EventType.THREATEN, putin, EventDate.OfDay(2025, 3, 1), "<i>Roma</i>", 0.8, false, [new Mention(article.Id, sentence, new TextSpan(0, sentence.Length))]);
        await using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = db }));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await store.WriteAsync(new ArticleExtraction(article, [threat], []), TestContext.Current.CancellationToken);
        return db;
    }

    [Fact]
    public async Task Script_from_the_store_stays_inert_in_html_and_markdown()
    {
        using var dir = new TempDirectory();
        var db = await HostileStoreAsync(dir);

        var html = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--db", db, "--format", "html");
        var md = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--db", db, "--format", "md");

        html.ExitCode.ShouldBe(0, html.Error);
        md.ExitCode.ShouldBe(0, md.Error);
        var doc = new HtmlParser().ParseDocument(html.Out);
        doc.QuerySelectorAll("script, b, i").Length.ShouldBe(0);
        doc.QuerySelector("li.event")!.TextContent.ShouldContain("Il gruppo <script>alert(1)</script> ha minacciato Putin & i suoi *alleati*.");
        doc.QuerySelector("li.event .headline")!.TextContent.ShouldStartWith("<script>alert(1)</script>");
        doc.QuerySelector("blockquote a")!.GetAttribute("href").ShouldBe("https://example.org/a?x=1&y=%3C2%3E");
        md.Out.ShouldNotContain("<script>");
        md.Out.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task Output_format_follows_the_file_extension_when_not_given()
    {
        using var dir = new TempDirectory();
        var db = await HostileStoreAsync(dir);

        var json = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--db", db, "-o", dir.File("t.json"));
        var html = await CliRunner.RunAsync("report", "timeline", "--actor", "Putin", "--db", db, "-o", dir.File("t.html"));

        json.ExitCode.ShouldBe(0, json.Error);
        html.ExitCode.ShouldBe(0, html.Error);
        TimelineJson.Deserialize(await File.ReadAllTextAsync(dir.File("t.json"), TestContext.Current.CancellationToken)).EventCount.ShouldBe(1);
        (await File.ReadAllTextAsync(dir.File("t.html"), TestContext.Current.CancellationToken)).ShouldStartWith("<!DOCTYPE html>");
    }
}
