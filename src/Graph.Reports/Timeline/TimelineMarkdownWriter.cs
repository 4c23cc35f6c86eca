using System.Globalization;
using System.Text;
using Graph.Domain.Dates;
using Graph.Reports.Charts;
using Graph.Reports.Common;
using Graph.Reports.Markdown;

namespace Graph.Reports.Timeline;

/// <summary>A timeline as Markdown: one section per month, the quoted sentences as block quotes, undated events last.</summary>
public static class TimelineMarkdownWriter
{
    public static string Render(TimelineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("# ").Append(Md.Text(report.Title)).Append("\n\n");
        var facts = new List<string> { Md.Text(report.Actor.Name) + " (" + Md.Code(report.Actor.Id) + ")" };
        if (report.With is { } with) facts.Add("with " + Md.Text(with.Name) + " (" + Md.Code(with.Id) + ")");
        if (DateText.Range(report.From, report.To) is { } range) facts.Add(range);
        if (report.Types.Count > 0) facts.Add("types: " + string.Join(", ", report.Types));
        var articles = report.AllEntries.SelectMany(e => e.Quotes).Select(q => q.ArticleId).Distinct(StringComparer.Ordinal).Count();
        facts.Add($"{Plural(report.EventCount, "event")} from {Plural(articles, "article")}");
        facts.Add("generated " + report.Generated.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        sb.Append(string.Join(" · ", facts)).Append("\n\n");

        var months = MonthSeries.Build(report.Dated.Select(e => (e.EventDate, e.Type)));
        if (months.Count > 1 || months.Any(m => m.Total > 1))
        {
            sb.Append("| Month | Events | Goldstein sum |\n|---|---:|---:|\n");
            foreach (var m in months.Where(m => m.Total > 0))
            {
                sb.Append("| ").Append(DateText.MonthTitle(m.Month.Year, m.Month.Month)).Append(" | ").Append(m.Total.ToString(CultureInfo.InvariantCulture))
                  .Append(" | ").Append(SvgCharts.Signed(m.GoldsteinSum)).Append(" |\n");
            }
            sb.Append('\n');
        }

        foreach (var period in report.Periods)
        {
            sb.Append("## ").Append(Md.Text(period.Title)).Append("\n\n");
            Entries(sb, period.Events);
        }
        if (report.Undated.Count > 0)
        {
            sb.Append("## Events without a date\n\n");
            Entries(sb, report.Undated);
        }
        return sb.ToString();
    }

    private static void Entries(StringBuilder sb, IEnumerable<TimelineEntry> entries)
    {
        foreach (var e in entries)
        {
            sb.Append("- **").Append(Md.Text(e.DateLabel)).Append("** — ")
              .Append(Md.Text(e.Source.Name)).Append(" *").Append(Md.Text(e.TypeLabel)).Append("* (").Append(e.Type).Append(')');
            if (e.Target is { } target) sb.Append(' ').Append(TimelineHtmlWriter.Arrow(e.Direction)).Append(' ').Append(Md.Text(target.Name));
            sb.Append("  \n  ");
            var facts = new List<string>();
            if (e.Counterpart is { } other) facts.Add($"{TimelineHtmlWriter.Preposition(e.Direction)} {Md.Text(other.Name)} ({TimelineHtmlWriter.DirectionWords(e.Direction)})");
            if (e.Precision is DatePrecision.Month) facts.Add("day not known");
            if (e.Precision is DatePrecision.Year) facts.Add("month not known");
            if (!string.IsNullOrWhiteSpace(e.Place)) facts.Add("in " + Md.Text(e.Place));
            if (e.Alleged) facts.Add("**alleged**");
            facts.Add("confidence " + Md.Num(e.Confidence, "0.00"));
            facts.Add("Goldstein " + SvgCharts.Signed(e.Goldstein));
            sb.Append(string.Join(" · ", facts)).Append("\n\n");
            foreach (var q in e.Quotes)
            {
                sb.Append("  > “").Append(Md.Text(q.Sentence)).Append("”  \n  > — ");
                // With a URL the title links to it; without one the file path or article id is shown as code, so it copies cleanly.
                var url = Md.Url(q.Url);
                if (q.ArticleTitle is { } title) sb.Append(url is null ? $"*{Md.Text(title)}*" : $"[{Md.Text(title)}]({url})");
                else sb.Append(url is null ? Md.Code(q.Link) : $"[{Md.Text(q.Link)}]({url})");
                if (!string.IsNullOrWhiteSpace(q.ArticleSource)) sb.Append(", ").Append(Md.Text(q.ArticleSource));
                if (q.Published is { } p) sb.Append(", ").Append(DateText.Day(DateOnly.FromDateTime(p.DateTime)));
                if (url is null && q.ArticleTitle is not null) sb.Append(" · ").Append(Md.Code(q.Link));
                sb.Append("\n\n");
            }
        }
    }

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
