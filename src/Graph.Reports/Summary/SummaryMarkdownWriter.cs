using System.Globalization;
using System.Text;
using Graph.Reports.Charts;
using Graph.Reports.Common;
using Graph.Reports.Markdown;

namespace Graph.Reports.Summary;

/// <summary>A summary as Markdown tables.</summary>
public static class SummaryMarkdownWriter
{
    public static string Render(SummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(8 * 1024);
        sb.Append("# Summary of the graph\n\n");
        var facts = new List<string>();
        if (DateText.Range(report.From, report.To) is { } range) facts.Add(range);
        facts.Add($"{Count(report.Events, "event")} from {Count(report.Articles, "article")} between {Count(report.Actors, "actor")}");
        if (report.Undated > 0) facts.Add($"{N(report.Undated)} without a date");
        facts.Add("generated " + report.Generated.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        sb.Append(string.Join(" · ", facts)).Append("\n\n");

        sb.Append("## Events by type\n\n| Type | Label | Goldstein | Events |\n|---|---|---:|---:|\n");
        foreach (var t in report.ByType)
        {
            sb.Append("| ").Append(t.Type).Append(" | ").Append(Md.Text(t.Label)).Append(" | ").Append(SvgCharts.Signed(t.Goldstein)).Append(" | ").Append(N(t.Count)).Append(" |\n");
        }

        if (report.ByMonth.Count > 0)
        {
            sb.Append("\n## Events by month\n\n| Month | Events | Goldstein sum | Most frequent types |\n|---|---:|---:|---|\n");
            foreach (var m in report.ByMonth)
            {
                var types = string.Join(", ", m.Counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(3).Select(c => $"{c.Key} {N(c.Value)}"));
                sb.Append("| ").Append(DateText.MonthTitle(m.Month.Year, m.Month.Month)).Append(" | ").Append(N(m.Total)).Append(" | ")
                  .Append(m.Total == 0 ? "" : SvgCharts.Signed(m.GoldsteinSum)).Append(" | ").Append(types).Append(" |\n");
            }
        }

        if (report.TopPairs.Count > 0)
        {
            sb.Append("\n## Most active pairs\n\n| Actor | Actor | Events | Cooperation | Conflict | Goldstein sum | First | Last |\n|---|---|---:|---:|---:|---:|---|---|\n");
            foreach (var p in report.TopPairs)
            {
                sb.Append("| ").Append(Md.Text(p.A.Name)).Append(" | ").Append(Md.Text(p.B.Name)).Append(" | ").Append(N(p.Events)).Append(" | ")
                  .Append(N(p.Cooperation)).Append(" | ").Append(N(p.Conflict)).Append(" | ").Append(SvgCharts.Signed(p.GoldsteinSum)).Append(" | ")
                  .Append(p.First ?? "").Append(" | ").Append(p.Last ?? "").Append(" |\n");
            }
        }

        if (report.TopActors.Count > 0)
        {
            sb.Append("\n## Most involved actors\n\n| Actor | Kind | Events | As source | As target | Counterparts | Goldstein sum | PageRank |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var a in report.TopActors)
            {
                sb.Append("| ").Append(Md.Text(a.Actor.Name)).Append(" | ").Append(a.Actor.Kind.ToString().ToLowerInvariant()).Append(" | ").Append(N(a.Events)).Append(" | ")
                  .Append(N(a.AsSource)).Append(" | ").Append(N(a.AsTarget)).Append(" | ").Append(N(a.Counterparts)).Append(" | ").Append(SvgCharts.Signed(a.GoldsteinSum)).Append(" | ").Append(a.PageRank.ToString("0.000", CultureInfo.InvariantCulture)).Append(" |\n");
            }
        }
        return sb.ToString();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => N(n) + " " + (n == 1 ? noun : noun + "s");
}
