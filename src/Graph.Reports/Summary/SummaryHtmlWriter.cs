using Graph.Domain.Events;
using System.Globalization;
using System.Text;
using Graph.Reports.Charts;
using Graph.Reports.Common;
using Graph.Reports.Html;

namespace Graph.Reports.Summary;

/// <summary>A summary as one self-contained HTML page: the monthly chart and the tables.</summary>
public static class SummaryHtmlWriter
{
    public static string Render(SummaryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        const string title = "Summary of the graph";
        var sb = HtmlPage.Open(title);
        sb.Append("<header>\n<h1>").Append(title).Append("</h1>\n<p class=\"meta\">");
        if (DateText.Range(report.From, report.To) is { } range) sb.Append("<span>").Append(Esc.Text(range)).Append("</span>");
        sb.Append("<span>").Append(Count(report.Events, "event")).Append(" from ").Append(Count(report.Articles, "article")).Append(" between ").Append(Count(report.Actors, "actor")).Append("</span>");
        if (report.Undated > 0) sb.Append("<span>").Append(N(report.Undated)).Append(" without a date</span>");
        sb.Append("</p>\n</header>\n");

        if (report.ByMonth.Count > 0)
        {
            sb.Append("<section class=\"charts\" aria-labelledby=\"h-chart\">\n<h2 id=\"h-chart\">Events per month</h2>\n<figure>")
              .Append(SvgCharts.StackedBars(report.ByMonth, "Events per month, stacked by type", "c-month"))
              .Append("<figcaption>");
            HtmlPage.Legend(sb, report.ByMonth.SelectMany(m => m.Counts.Where(c => c.Value > 0).Select(c => c.Key)));
            sb.Append("</figcaption></figure>\n<h2 id=\"h-gold\">Cooperation and conflict</h2>\n<figure>")
              .Append(SvgCharts.GoldsteinLine(report.ByMonth, "Goldstein sum per month over all events", "c-gold"))
              .Append("<figcaption class=\"note\">Sum of the Goldstein scores of each month's events: above the dashed zero line cooperation outweighed conflict.</figcaption></figure>\n</section>\n");
        }

        sb.Append("<section aria-labelledby=\"h-types\">\n<h2 id=\"h-types\">Events by type</h2>\n<table>\n<thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Label</th><th scope=\"col\" class=\"num\">Goldstein</th><th scope=\"col\" class=\"num\">Events</th></tr></thead>\n<tbody>\n");
        foreach (var t in report.ByType)
        {
            sb.Append("<tr><td><span class=\"swatch\" style=\"--c:").Append(TypePalette.Of(t.Type)).Append("\" aria-hidden=\"true\"></span>").Append(t.Type)
              .Append("</td><td>").Append(Esc.Text(t.Label)).Append("</td><td class=\"num\">").Append(Esc.Text(SvgCharts.Signed(t.Goldstein)))
              .Append("</td><td class=\"num\">").Append(N(t.Count)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</section>\n");

        if (report.ByMonth.Count > 0)
        {
            sb.Append("<section aria-labelledby=\"h-months\">\n<h2 id=\"h-months\">Events by month</h2>\n<table>\n<thead><tr><th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Events</th><th scope=\"col\" class=\"num\">Goldstein sum</th><th scope=\"col\">Most frequent types</th></tr></thead>\n<tbody>\n");
            foreach (var m in report.ByMonth.Where(m => m.Total > 0))
            {
                sb.Append("<tr><th scope=\"row\"><time datetime=\"").Append(m.Month.Iso).Append("\">").Append(DateText.MonthTitle(m.Month.Year, m.Month.Month)).Append("</time></th><td class=\"num\">")
                  .Append(N(m.Total)).Append("</td><td class=\"num ").Append(m.GoldsteinSum >= 0 ? "pos" : "neg").Append("\">").Append(Esc.Text(SvgCharts.Signed(m.GoldsteinSum))).Append("</td><td>")
                  .Append(Esc.Text(string.Join(", ", m.Counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(3).Select(c => $"{c.Key.Info().Label} {c.Value}"))))
                  .Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n</section>\n");
        }

        if (report.TopPairs.Count > 0)
        {
            sb.Append("<section aria-labelledby=\"h-pairs\">\n<h2 id=\"h-pairs\">Most active pairs</h2>\n<table>\n<thead><tr><th scope=\"col\">Pair</th><th scope=\"col\" class=\"num\">Events</th><th scope=\"col\" class=\"num\">Cooperation</th><th scope=\"col\" class=\"num\">Conflict</th><th scope=\"col\" class=\"num\">Goldstein sum</th><th scope=\"col\">Span</th></tr></thead>\n<tbody>\n");
            foreach (var p in report.TopPairs)
            {
                sb.Append("<tr><th scope=\"row\">").Append(Esc.Text(p.A.Name)).Append(" – ").Append(Esc.Text(p.B.Name)).Append("</th><td class=\"num\">").Append(N(p.Events))
                  .Append("</td><td class=\"num\">").Append(N(p.Cooperation)).Append("</td><td class=\"num\">").Append(N(p.Conflict))
                  .Append("</td><td class=\"num ").Append(p.GoldsteinSum >= 0 ? "pos" : "neg").Append("\">").Append(Esc.Text(SvgCharts.Signed(p.GoldsteinSum))).Append("</td><td>");
                if (p.First is not null)
                {
                    sb.Append("<time datetime=\"").Append(Esc.Text(p.First)).Append("\">").Append(Esc.Text(p.First)).Append("</time>");
                    if (p.Last != p.First) sb.Append(" – <time datetime=\"").Append(Esc.Text(p.Last)).Append("\">").Append(Esc.Text(p.Last)).Append("</time>");
                }
                sb.Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n</section>\n");
        }

        if (report.TopActors.Count > 0)
        {
            sb.Append("<section aria-labelledby=\"h-actors\">\n<h2 id=\"h-actors\">Most involved actors</h2>\n<table>\n<thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Events</th><th scope=\"col\" class=\"num\">As source</th><th scope=\"col\" class=\"num\">As target</th><th scope=\"col\" class=\"num\">Counterparts</th><th scope=\"col\" class=\"num\">Goldstein sum</th><th scope=\"col\" class=\"num\">PageRank</th></tr></thead>\n<tbody>\n");
            foreach (var a in report.TopActors)
            {
                sb.Append("<tr><th scope=\"row\">").Append(Esc.Text(a.Actor.Name)).Append("</th><td>").Append(a.Actor.Kind.ToString().ToLowerInvariant()).Append("</td><td class=\"num\">").Append(N(a.Events))
                  .Append("</td><td class=\"num\">").Append(N(a.AsSource)).Append("</td><td class=\"num\">").Append(N(a.AsTarget)).Append("</td><td class=\"num\">").Append(N(a.Counterparts))
                  .Append("</td><td class=\"num ").Append(a.GoldsteinSum >= 0 ? "pos" : "neg").Append("\">").Append(Esc.Text(SvgCharts.Signed(a.GoldsteinSum))).Append("</td><td class=\"num\">").Append(a.PageRank.ToString("0.000", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n</section>\n");
        }
        return HtmlPage.Close(sb, report.Generated);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => N(n) + " " + (n == 1 ? noun : noun + "s");
}
