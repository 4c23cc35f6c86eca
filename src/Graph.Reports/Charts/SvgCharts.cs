using System.Globalization;
using System.Text;
using Graph.Domain.Events;
using Graph.Reports.Common;
using Graph.Reports.Html;

namespace Graph.Reports.Charts;

/// <summary>
/// Inline SVG charts over months: events stacked by type, and the Goldstein sum as a line. They draw
/// with attributes only (no script, no external font), scale with the page through their viewBox and
/// carry a &lt;title&gt; and &lt;desc&gt; for screen readers, plus a &lt;title&gt; per bar or point.
/// </summary>
public static class SvgCharts
{
    private const double Width = 960;
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 58;
    private const double PlotWidth = Width - Left - Right;

    /// <summary>Events per month, one stacked bar per month, coloured by type in enum order (cooperation at the bottom).</summary>
    public static string StackedBars(IReadOnlyList<MonthBucket> months, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(months);
        const double height = 300;
        var plotHeight = height - Top - Bottom;
        var max = Math.Max(1, months.Count == 0 ? 0 : months.Max(m => m.Total));
        var step = Axis.CountStep(max, 5);
        var top = (int)Math.Ceiling(max / (double)step) * step;
        double Y(double v) => Top + plotHeight - v / top * plotHeight;

        var sb = Open(id, height, title, Describe(months));
        for (var v = 0; v <= top; v += step)
        {
            sb.Append(Inv($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\"/>"));
            sb.Append(Inv($"<text class=\"tick\" x=\"{Left - 8}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v}</text>"));
        }
        var band = months.Count == 0 ? PlotWidth : PlotWidth / months.Count;
        var barWidth = Math.Min(44, Math.Max(1.5, band * 0.72));
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = Left + band * i + (band - barWidth) / 2;
            double stacked = 0;
            sb.Append("<g>");
            foreach (var (type, count) in m.Counts.Where(c => c.Value > 0).OrderBy(c => c.Key))
            {
                var y0 = Y(stacked);
                var y1 = Y(stacked + count);
                sb.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y1:0.##}\" width=\"{barWidth:0.##}\" height=\"{y0 - y1:0.##}\" fill=\"{TypePalette.Of(type)}\" class=\"seg\">"));
                sb.Append(Inv($"<title>{Esc.Text(DateText.MonthTitle(m.Month.Year, m.Month.Month))}: {count} × {Esc.Text(type.Info().Label)}</title></rect>"));
                stacked += count;
            }
            sb.Append("</g>");
        }
        sb.Append(Inv($"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(0):0.#}\" y2=\"{Y(0):0.#}\"/>"));
        MonthLabels(sb, months, band, height);
        AxisTitles(sb, height, "Events");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The Goldstein sum per month as a line over a zero line: above is cooperation, below conflict.</summary>
    public static string GoldsteinLine(IReadOnlyList<MonthBucket> months, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(months);
        const double height = 260;
        var plotHeight = height - Top - Bottom;
        var lo = Math.Min(0, months.Count == 0 ? 0 : months.Min(m => m.GoldsteinSum));
        var hi = Math.Max(0, months.Count == 0 ? 0 : months.Max(m => m.GoldsteinSum));
        if (hi - lo < 1e-9) (lo, hi) = (-1, 1);
        var step = Axis.NiceStep(hi - lo, 5);
        lo = Math.Floor(lo / step) * step;
        hi = Math.Ceiling(hi / step) * step;
        double Y(double v) => Top + (hi - v) / (hi - lo) * plotHeight;

        var desc = string.Join("; ", months.Where(m => m.Total > 0).Select(m => $"{DateText.MonthTitle(m.Month.Year, m.Month.Month)}: {Signed(m.GoldsteinSum)} over {m.Total} events"));
        var sb = Open(id, height, title, desc.Length == 0 ? "No events." : desc);
        for (var v = lo; v <= hi + step / 2; v += step)
        {
            var zero = Math.Abs(v) < step / 2;
            sb.Append(Inv($"<line class=\"{(zero ? "zero" : "grid")}\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\"/>"));
            sb.Append(Inv($"<text class=\"tick\" x=\"{Left - 8}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{Esc.Text(zero ? "0" : Signed(v))}</text>"));
        }
        // The hints sit in the half of the plot that exists: a pair with only conflict has no cooperation side.
        if (hi > 0) sb.Append(Inv($"<text class=\"hint coop\" x=\"{Left + 6}\" y=\"{Top + 12}\">cooperation ↑</text>"));
        if (lo < 0) sb.Append(Inv($"<text class=\"hint conf\" x=\"{Left + 6}\" y=\"{Top + plotHeight - 6}\">conflict ↓</text>"));
        var band = months.Count == 0 ? PlotWidth : PlotWidth / months.Count;
        var points = months.Select((m, i) => (X: Left + band * i + band / 2, Y: Y(m.GoldsteinSum), m)).ToList();
        if (points.Count > 1)
        {
            sb.Append("<polyline class=\"line\" points=\"")
              .AppendJoin(' ', points.Select(p => Inv($"{p.X:0.##},{p.Y:0.##}")))
              .Append("\"/>");
        }
        foreach (var (x, y, m) in points.Where(p => p.m.Total > 0))
        {
            var cls = m.GoldsteinSum > 0 ? "coop" : m.GoldsteinSum < 0 ? "conf" : "neutral";
            sb.Append(Inv($"<circle class=\"{cls}\" cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"4\">"));
            sb.Append(Inv($"<title>{Esc.Text(DateText.MonthTitle(m.Month.Year, m.Month.Month))}: {Esc.Text(Signed(m.GoldsteinSum))} ({m.Total} events)</title></circle>"));
        }
        MonthLabels(sb, months, band, height);
        AxisTitles(sb, height, "Goldstein sum");
        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, double height, string title, string description)
    {
        var sb = new StringBuilder(8192);
        sb.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" preserveAspectRatio=\"xMidYMid meet\">"));
        sb.Append(Inv($"<title id=\"{id}-t\">{Esc.Text(title)}</title><desc id=\"{id}-d\">{Esc.Text(description)}</desc>"));
        return sb;
    }

    private static string Describe(IReadOnlyList<MonthBucket> months)
    {
        var parts = months.Where(m => m.Total > 0).Select(m =>
            $"{DateText.MonthTitle(m.Month.Year, m.Month.Month)}: {m.Total} ("
            + string.Join(", ", m.Counts.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key.Info().Label}")) + ")");
        var text = string.Join("; ", parts);
        return text.Length == 0 ? "No dated events." : text;
    }

    // Labels thin out so they never overlap: about 44 px per label, and the year is written under
    // the first label and under every January.
    private static void MonthLabels(StringBuilder sb, IReadOnlyList<MonthBucket> months, double band, double height)
    {
        var every = Math.Max(1, (int)Math.Ceiling(44 / band));
        if (every > 1 && every < 12)
        {
            // Prefer steps that divide a year (2, 3, 4, 6) so labels fall on the same months each year.
            every = new[] { 2, 3, 4, 6, 12 }.First(s => s >= every);
        }
        else if (every > 12)
        {
            every = (int)Math.Ceiling(every / 12.0) * 12;
        }
        var labelY = height - Bottom + 18;
        var lastYear = -1;
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i].Month;
            var aligned = every >= 12 ? m.Month == 1 && (m.Year - months[0].Month.Year) % (every / 12) == 0 : (m.Month - 1) % every == 0;
            if (!(every == 1 || aligned)) continue;
            var x = Left + band * i + band / 2;
            sb.Append(Inv($"<line class=\"axis\" x1=\"{x:0.##}\" x2=\"{x:0.##}\" y1=\"{height - Bottom:0.#}\" y2=\"{height - Bottom + 4:0.#}\"/>"));
            if (every < 12)
            {
                sb.Append(Inv($"<text class=\"tick\" x=\"{x:0.##}\" y=\"{labelY}\" text-anchor=\"middle\">{DateText.MonthShort(m.Month)}</text>"));
            }
            if (m.Year != lastYear)
            {
                var y = every < 12 ? labelY + 14 : labelY;
                sb.Append(Inv($"<text class=\"tick year\" x=\"{x:0.##}\" y=\"{y}\" text-anchor=\"middle\">{m.Year}</text>"));
                lastYear = m.Year;
            }
        }
    }

    private static void AxisTitles(StringBuilder sb, double height, string yTitle)
    {
        var plotMid = Top + (height - Top - Bottom) / 2;
        sb.Append(Inv($"<text class=\"axis-title\" transform=\"translate(14 {plotMid:0.#}) rotate(-90)\" text-anchor=\"middle\">{Esc.Text(yTitle)}</text>"));
        sb.Append(Inv($"<text class=\"axis-title\" x=\"{Left + PlotWidth / 2:0.#}\" y=\"{height - 6}\" text-anchor=\"middle\">Month</text>"));
    }

    public static string Signed(double v) => v > 0 ? "+" + Esc.Num(v, "0.#") : Esc.Num(v, "0.#");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
