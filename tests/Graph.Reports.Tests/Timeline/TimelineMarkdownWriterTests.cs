using Graph.Reports.Timeline;
using Markdig;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Timeline;

public sealed class TimelineMarkdownWriterTests
{
    private static string Render(TimelineQuery query, Graph.Storage.Abstractions.GraphSnapshot? snapshot = null) =>
        TimelineMarkdownWriter.Render(new TimelineBuilder(Clock).Build(snapshot ?? PutinYear(), query));

    [Fact]
    public void Months_are_sections_in_date_order_with_undated_events_last()
    {
        var md = Render(new TimelineQuery(Putin.Id));

        var headings = md.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        headings.ShouldBe(["## 2025 (month not known)", "## September 2025", "## October 2025", "## December 2025", "## Events without a date"]);
        md.IndexOf("27 Sep 2025", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("30 Dec 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_event_has_its_date_type_counterpart_and_quoted_sentence()
    {
        var md = Render(new TimelineQuery(Putin.Id));

        md.ShouldContain("- **27 Sep 2025** — Vladimir Putin *meet* (MEET) ↔ Alexander Lukashenko");
        md.ShouldContain("with Alexander Lukashenko (mutual) · in Moscow · confidence 0.92 · Goldstein +1");
        md.ShouldContain("  > “Putin ha accolto Lukashenko a Mosca.”");
        md.ShouldContain("[Vertice a Mosca](https://news.example.org/vertice?id=1)");
        md.ShouldContain("- **Oct 2025** — Ukraine *accuse* (ACCUSE) → Vladimir Putin");
        md.ShouldContain("from Ukraine (incoming) · day not known · **alleged**");
        md.ShouldContain("`seeds/002.txt`");
    }

    [Fact]
    public void Script_in_a_sentence_or_an_actor_name_stays_text_when_the_markdown_is_rendered()
    {
        var md = Render(new TimelineQuery(Putin.Id), Busy());
        var html = Markdig.Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        md.ShouldNotContain("<script>");
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; threatened Putin.");
        html.ShouldContain("&lt;worried&gt; about");
    }

    [Fact]
    public void Markdown_markup_in_article_text_is_escaped()
    {
        var snapshot = Snapshot(Ev(Putin, Domain.Events.EventType.MEET, Lukashenko, Domain.Dates.EventDate.OfDay(2025, 1, 5), "A *bold* [link](http://evil.example) | pipe `code`"));

        var html = Markdig.Markdown.ToHtml(Render(new TimelineQuery(Putin.Id), snapshot), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        html.ShouldContain("A *bold* [link](http://evil.example) | pipe `code`");
        html.ShouldNotContain("<em>bold</em>");
        html.ShouldNotContain("evil.example\"");
    }
}
