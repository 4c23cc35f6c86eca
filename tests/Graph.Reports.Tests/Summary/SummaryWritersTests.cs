using AngleSharp.Html.Parser;
using Graph.Reports.Summary;
using Markdig;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Summary;

public sealed class SummaryWritersTests
{
    [Fact]
    public void The_html_summary_has_the_chart_and_the_tables_with_names_escaped()
    {
        var html = SummaryHtmlWriter.Render(new SummaryBuilder(Clock).Build(Busy()));
        var doc = new HtmlParser().ParseDocument(html);

        doc.QuerySelectorAll("script").Length.ShouldBe(0);
        doc.QuerySelectorAll("svg.chart").Length.ShouldBe(2);
        doc.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(["Events per month", "Cooperation and conflict", "Events by type", "Events by month", "Most active pairs", "Most involved actors"]);
        doc.QuerySelectorAll("table th[scope=row]").Select(t => t.TextContent).ShouldContain("<script>alert(1)</script>");
        doc.QuerySelectorAll("a").Length.ShouldBe(0);
    }

    [Fact]
    public void The_markdown_summary_renders_as_tables_with_names_escaped()
    {
        var md = SummaryMarkdownWriter.Render(new SummaryBuilder(Clock).Build(Busy()));
        var html = Markdig.Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var doc = new HtmlParser().ParseDocument(html);

        doc.QuerySelectorAll("script").Length.ShouldBe(0);
        doc.QuerySelectorAll("table").Length.ShouldBe(4);
        md.ShouldContain("| MEET | meet | +1 | 4 |");
        md.ShouldContain("| Alexander Lukashenko | Vladimir Putin | 12 |");
        doc.Body!.TextContent.ShouldContain("<script>alert(1)</script>");
    }
}
