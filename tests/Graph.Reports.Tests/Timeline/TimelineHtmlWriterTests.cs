using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Reports.Timeline;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Timeline;

public sealed partial class TimelineHtmlWriterTests
{
    private static (string Html, AngleSharp.Html.Dom.IHtmlDocument Doc) Render(Graph.Storage.Abstractions.GraphSnapshot snapshot, TimelineQuery query)
    {
        var html = TimelineHtmlWriter.Render(new TimelineBuilder(Clock).Build(snapshot, query));
        return (html, new HtmlParser().ParseDocument(html));
    }

    [Fact]
    public void Script_in_a_sentence_or_an_actor_name_shows_as_text_and_never_runs()
    {
        var (html, doc) = Render(Busy(), new TimelineQuery(Putin.Id));

        doc.QuerySelectorAll("script").Length.ShouldBe(0);
        html.ShouldNotContain("<script>");
        doc.Body!.TextContent.ShouldContain("<script>alert(1)</script> threatened Putin.");
        doc.QuerySelectorAll(".headline").Select(h => h.TextContent).ShouldContain(t => t.StartsWith("<script>alert(1)</script>", StringComparison.Ordinal));
        doc.Body.TextContent.ShouldContain("Putin said he was <worried> about \"terrorists\" & drones.");
    }

    [Fact]
    public void The_page_is_self_contained_and_links_only_to_articles()
    {
        var (html, doc) = Render(Busy(), new TimelineQuery(Putin.Id));

        doc.QuerySelectorAll("script, link, img, iframe, object, embed").Length.ShouldBe(0);
        doc.QuerySelectorAll("[src]").Length.ShouldBe(0);
        doc.QuerySelectorAll("style").Length.ShouldBe(1);
        UrlPattern().Matches(html).Select(m => m.Value).Distinct().ShouldBe(["https://news.example.org/vertice?id=1"]);
        doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).Distinct().ShouldBe(["https://news.example.org/vertice?id=1"]);
        html.ShouldNotContain("@import");
        html.ShouldNotContain("url(");
    }

    [Fact]
    public void A_link_that_is_not_http_is_shown_but_not_followed()
    {
        var article = Web with { Url = "javascript:alert(1)" };
        var snapshot = Snapshot(Ev(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), "Met.")) with { Articles = [article] };

        var (_, doc) = Render(snapshot, new TimelineQuery(Putin.Id));

        doc.QuerySelectorAll("a").Length.ShouldBe(0);
        doc.QuerySelector("blockquote")!.TextContent.ShouldContain("javascript:alert(1)");
    }

    [Fact]
    public void The_chart_stacks_events_per_month_with_a_legend_and_axis_titles()
    {
        var (_, doc) = Render(Busy(), new TimelineQuery(Putin.Id));

        var svg = doc.QuerySelector("svg.chart")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.QuerySelector("title")!.TextContent.ShouldContain("Events per month");
        svg.QuerySelectorAll("text.axis-title").Select(t => t.TextContent).ShouldBe(["Events", "Month"]);
        svg.QuerySelectorAll("rect").Length.ShouldBeGreaterThan(20);
        svg.QuerySelectorAll("rect > title").Select(t => t.TextContent).ShouldContain("September 2025: 1 × meet");
        var legend = doc.QuerySelectorAll(".legend li").Select(li => li.TextContent).ToList();
        legend.ShouldContain("meet (MEET)");
        legend.ShouldContain("attack (ATTACK)");
    }

    [Fact]
    public void A_single_actor_gets_no_cooperation_line_but_a_pair_does()
    {
        var (_, single) = Render(Busy(), new TimelineQuery(Putin.Id));
        var (_, pair) = Render(Busy(), new TimelineQuery(Putin.Id, WithId: Nato.Id));

        single.QuerySelectorAll("svg.chart").Length.ShouldBe(1);
        pair.QuerySelectorAll("svg.chart").Length.ShouldBe(2);
        var line = pair.QuerySelectorAll("svg.chart")[1];
        line.QuerySelector(".zero").ShouldNotBeNull();
        line.QuerySelectorAll("circle > title").Select(t => t.TextContent).ShouldContain("October 2025: -12 (2 events)");
    }

    [Fact]
    public void Events_are_listed_under_month_headings_with_machine_readable_dates()
    {
        var (_, doc) = Render(PutinYear(), new TimelineQuery(Putin.Id));

        doc.QuerySelectorAll("h1").Single().TextContent.ShouldBe("Timeline: Vladimir Putin");
        doc.QuerySelectorAll("h3 time").Select(t => t.GetAttribute("datetime")).ShouldBe(["2025", "2025-09", "2025-10", "2025-12"]);
        doc.QuerySelectorAll("li.event .when time").Select(t => (t.GetAttribute("datetime"), t.TextContent))
            .ShouldBe([("2025", "2025"), ("2025-09-27", "27 Sep 2025"), ("2025-09-27", "27 Sep 2025"), ("2025-10", "Oct 2025"), ("2025-12-30", "30 Dec 2025")]);
        doc.QuerySelectorAll("ol.events").Length.ShouldBe(5);
    }

    [Fact]
    public void Undated_events_come_last_in_their_own_section()
    {
        var (_, doc) = Render(PutinYear(), new TimelineQuery(Putin.Id));

        var sections = doc.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        sections.Last().ShouldBe("Events without a date");
        doc.QuerySelectorAll("li.event").Last().TextContent.ShouldContain("Zelensky ha criticato Putin.");
    }

    [Fact]
    public void Each_event_shows_its_type_counterpart_place_alleged_marker_confidence_and_quote()
    {
        var (_, doc) = Render(PutinYear(), new TimelineQuery(Putin.Id));
        var items = doc.QuerySelectorAll("li.event").Select(li => li.TextContent).ToList();

        var meet = items.Single(t => t.Contains("Putin ha accolto", StringComparison.Ordinal));
        meet.ShouldContain("meet");
        meet.ShouldContain("with Alexander Lukashenko (mutual)");
        meet.ShouldContain("in Moscow");
        meet.ShouldContain("confidence 0.92");
        meet.ShouldContain("Vertice a Mosca");
        items.Single(t => t.Contains("Kiev accusa", StringComparison.Ordinal)).ShouldContain("alleged");
        items.Single(t => t.Contains("Kiev accusa", StringComparison.Ordinal)).ShouldContain("day not known");
        items.Single(t => t.Contains("telefono", StringComparison.Ordinal)).ShouldContain("seeds/002.txt");
    }

    [Fact]
    public void The_page_prints_on_white_with_page_break_rules()
    {
        var (html, _) = Render(PutinYear(), new TimelineQuery(Putin.Id));

        html.ShouldContain("@media print");
        html.ShouldContain("break-inside: avoid");
        html.ShouldContain("print-color-adjust: exact");
        DarkBackground().IsMatch(html).ShouldBeFalse();
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex UrlPattern();

    // A background darker than mid-grey would waste ink and hide text on paper.
    [GeneratedRegex(@"background(-color)?:\s*#[0-7][0-9a-f]{2}([0-9a-f]{3})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DarkBackground();
}
