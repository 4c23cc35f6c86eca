using Graph.Domain.Events;
using System.Text;

namespace Graph.Reports.Html;

/// <summary>The frame every HTML report shares: one file, styles inline, nothing fetched.</summary>
internal static class HtmlPage
{
    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream("Graph.Reports.report.css")
            ?? throw new InvalidOperationException("The report stylesheet is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    public static StringBuilder Open(string title)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"generator\" content=\"graph report\">\n")
          .Append("<title>").Append(Esc.Text(title)).Append("</title>\n<style>\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n<main>\n");
        return sb;
    }

    public static string Close(StringBuilder sb, DateTimeOffset generated)
    {
        sb.Append("<footer class=\"page\"><p>Made by <code>graph report</code> on <time datetime=\"")
          .Append(Esc.Text(generated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)))
          .Append("\">").Append(Esc.Text(generated.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)))
          .Append("</time>. Goldstein scores run from −10 (conflict) to +10 (cooperation); events are machine-extracted, check the quoted sentence.</p></footer>\n")
          .Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The legend of a stacked chart: one swatch per type present.</summary>
    public static void Legend(StringBuilder sb, IEnumerable<Domain.Events.EventType> types)
    {
        sb.Append("<ul class=\"legend\" aria-label=\"Event types\">");
        foreach (var t in types.Distinct().Order())
        {
            sb.Append("<li><span class=\"swatch\" style=\"--c:").Append(TypePalette.Of(t)).Append("\" aria-hidden=\"true\"></span>")
              .Append(Esc.Text(t.Info().Label)).Append(" <small>(").Append(Esc.Text(t.ToString())).Append(")</small></li>");
        }
        sb.Append("</ul>");
    }
}
