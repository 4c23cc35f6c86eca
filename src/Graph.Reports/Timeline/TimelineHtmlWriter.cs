using Graph.Domain.Events;
using System.Globalization;
using System.Text;
using Graph.Domain.Dates;
using Graph.Reports.Charts;
using Graph.Reports.Common;
using Graph.Reports.Html;

namespace Graph.Reports.Timeline;

/// <summary>
/// A timeline as one self-contained HTML page: a stacked chart of events per month, for a pair the
/// cooperation–conflict line, then the events month by month. Everything from the store is escaped.
/// </summary>
public static class TimelineHtmlWriter
{
    public static string Render(TimelineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = HtmlPage.Open(report.Title);
        sb.Append("<header>\n<h1>").Append(Esc.Text(report.Title)).Append("</h1>\n<p class=\"meta\">");
        sb.Append("<span>").Append(Esc.Text(Describe(report.Actor))).Append("</span>");
        if (report.With is { } with) sb.Append("<span>with ").Append(Esc.Text(Describe(with))).Append("</span>");
        if (DateText.Range(report.From, report.To) is { } range) sb.Append("<span>").Append(Esc.Text(range)).Append("</span>");
        if (report.Types.Count > 0) sb.Append("<span>types: ").Append(Esc.Text(string.Join(", ", report.Types.Select(t => t.Info().Label)))).Append("</span>");
        var articles = report.AllEntries.SelectMany(e => e.Quotes).Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count();
        sb.Append("<span>").Append(Count(report.EventCount, "event")).Append(" from ").Append(Count(articles, "article")).Append("</span>");
        sb.Append("</p>\n</header>\n");

        var dated = report.Dated.ToList();
        var months = MonthSeries.Build(dated.Select(e => (e.EventDate, e.Type)));
        if (months.Count > 0)
        {
            sb.Append("<section class=\"charts\" aria-labelledby=\"h-chart\">\n<h2 id=\"h-chart\">Events per month</h2>\n<figure>");
            sb.Append(SvgCharts.StackedBars(months, $"Events per month involving {report.Actor.Name}, stacked by type", "c-month"));
            sb.Append("<figcaption>");
            HtmlPage.Legend(sb, dated.Select(e => e.Type));
            var yearOnly = dated.Count(e => e.Precision == DatePrecision.Year);
            if (yearOnly > 0) sb.Append("<p class=\"note\">").Append(Count(yearOnly, "event")).Append(" known only by year ").Append(yearOnly == 1 ? "is" : "are").Append(" listed below but not charted.</p>");
            sb.Append("</figcaption></figure>\n");
            if (report.With is { } pair)
            {
                sb.Append("<h2 id=\"h-goldstein\">Cooperation and conflict</h2>\n<figure>");
                sb.Append(SvgCharts.GoldsteinLine(months, $"Goldstein sum per month between {report.Actor.Name} and {pair.Name}", "c-gold"));
                sb.Append("<figcaption class=\"note\">Sum of the Goldstein scores of the month's events between ")
                  .Append(Esc.Text(report.Actor.Name)).Append(" and ").Append(Esc.Text(pair.Name))
                  .Append(": above the dashed zero line the month leaned to cooperation, below it to conflict.</figcaption></figure>\n");
            }
            sb.Append("</section>\n");
        }

        if (report.Periods.Count > 0)
        {
            sb.Append("<section aria-labelledby=\"h-events\">\n<h2 id=\"h-events\">Events</h2>\n");
            foreach (var period in report.Periods)
            {
                sb.Append("<section class=\"period\">\n<h3><time datetime=\"").Append(Esc.Text(period.Key)).Append("\">")
                  .Append(Esc.Text(period.Title)).Append("</time> <small>(").Append(Count(period.Events.Count, "event")).Append(")</small></h3>\n");
                Events(sb, period.Events);
                sb.Append("</section>\n");
            }
            sb.Append("</section>\n");
        }

        if (report.Undated.Count > 0)
        {
            sb.Append("<section class=\"undated\" aria-labelledby=\"h-undated\">\n<h2 id=\"h-undated\">Events without a date</h2>\n")
              .Append("<p class=\"note\">The articles report these events without saying when they happened.</p>\n");
            Events(sb, report.Undated);
            sb.Append("</section>\n");
        }
        return HtmlPage.Close(sb, report.Generated);
    }

    private static void Events(StringBuilder sb, IEnumerable<TimelineEntry> entries)
    {
        sb.Append("<ol class=\"events\">\n");
        foreach (var e in entries)
        {
            var colour = TypePalette.Of(e.Type);
            sb.Append("<li class=\"event\" id=\"e-").Append(Esc.Text(e.Key)).Append("\">\n<div class=\"when\">");
            if (e.Date is { } iso)
            {
                sb.Append("<time datetime=\"").Append(Esc.Text(iso)).Append("\">").Append(Esc.Text(e.DateLabel)).Append("</time>");
                if (e.Precision != DatePrecision.Day) sb.Append("<span class=\"precision\">").Append(e.Precision == DatePrecision.Month ? "day not known" : "month not known").Append("</span>");
            }
            else
            {
                sb.Append("date unknown");
            }
            sb.Append("</div>\n<div class=\"what\">\n<p class=\"headline\">");
            sb.Append(Esc.Text(e.Source.Name)).Append(' ')
              .Append("<span class=\"type\" style=\"--c:").Append(colour).Append("\" title=\"").Append(Esc.Text(e.Type.ToString())).Append("\">").Append(Esc.Text(e.TypeLabel)).Append("</span>");
            if (e.Target is { } target)
            {
                sb.Append(" <span class=\"dir\" aria-label=\"").Append(DirectionWords(e.Direction)).Append("\">").Append(Arrow(e.Direction)).Append("</span> ")
                  .Append(Esc.Text(target.Name));
            }
            sb.Append("</p>\n<p class=\"facts\">");
            if (e.Counterpart is { } other) sb.Append("<span>").Append(Preposition(e.Direction)).Append(" <strong>").Append(Esc.Text(other.Name)).Append("</strong> (").Append(DirectionWords(e.Direction)).Append(")</span>");
            if (!string.IsNullOrWhiteSpace(e.Place)) sb.Append("<span>in ").Append(Esc.Text(e.Place)).Append("</span>");
            if (e.Alleged) sb.Append("<span class=\"alleged\">alleged</span>");
            sb.Append("<span>confidence ").Append(e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span>");
            sb.Append("<span>Goldstein ").Append(Esc.Text(SvgCharts.Signed(e.Goldstein))).Append("</span>");
            sb.Append("</p>\n");
            foreach (var q in e.Quotes)
            {
                sb.Append("<blockquote");
                if (Esc.Href(q.Url) is { } cite) sb.Append(" cite=\"").Append(cite).Append('"');
                sb.Append("><p>“").Append(Esc.Text(q.Sentence)).Append("”</p><footer>— ");
                Source(sb, q);
                sb.Append("</footer></blockquote>\n");
            }
            sb.Append("</div>\n</li>\n");
        }
        sb.Append("</ol>\n");
    }

    private static void Source(StringBuilder sb, TimelineQuote q)
    {
        var name = q.ArticleTitle ?? q.File ?? q.ArticleId[..Math.Min(12, q.ArticleId.Length)];
        if (Esc.Href(q.Url) is { } href)
        {
            sb.Append("<cite><a href=\"").Append(href).Append("\">").Append(Esc.Text(name)).Append("</a></cite>");
        }
        else
        {
            sb.Append("<cite>").Append(Esc.Text(name)).Append("</cite>");
        }
        if (!string.IsNullOrWhiteSpace(q.ArticleSource)) sb.Append(", ").Append(Esc.Text(q.ArticleSource));
        if (q.Published is { } p)
        {
            sb.Append(", <time datetime=\"").Append(DateText.Iso(DateOnly.FromDateTime(p.DateTime))).Append("\">")
              .Append(DateText.Day(DateOnly.FromDateTime(p.DateTime))).Append("</time>");
        }
        if (Esc.Href(q.Url) is null && q.Link != name)
        {
            sb.Append(" · <code>").Append(Esc.Text(q.Link)).Append("</code>");
        }
    }

    private static string Describe(ActorRef a) =>
        a.Country is null ? $"{a.Name} ({a.Kind.ToString().ToLowerInvariant()})" : $"{a.Name} ({a.Kind.ToString().ToLowerInvariant()}, {a.Country})";

    internal static string Arrow(Direction d) => d switch
    {
        Direction.Outgoing => "→",
        Direction.Incoming => "→",
        Direction.Mutual => "↔",
        _ => string.Empty,
    };

    /// <summary>How the counterpart stands to the actor: "to NATO", "from Ukraine", "with Lukashenko".</summary>
    internal static string Preposition(Direction d) => d switch
    {
        Direction.Outgoing => "to",
        Direction.Incoming => "from",
        _ => "with",
    };

    internal static string DirectionWords(Direction d) => d switch
    {
        Direction.Outgoing => "outgoing",
        Direction.Incoming => "incoming",
        Direction.Mutual => "mutual",
        _ => "no target",
    };

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
