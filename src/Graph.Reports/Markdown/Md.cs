using System.Globalization;
using System.Text;

namespace Graph.Reports.Markdown;

/// <summary>
/// Markdown escaping for text from articles: markup characters are backslash-escaped and &lt; &gt; &amp;
/// become entities, so a sentence holding <c>&lt;script&gt;</c> or <c>*bold*</c> renders as the text it is.
/// </summary>
internal static class Md
{
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!': sb.Append('\\').Append(c); break;
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        // GFM renderers turn bare URLs into links; a URL quoted in an article is text, not a link we vouch for.
        return sb.Replace("://", "&#58;//").Replace("www.", "www&#46;").Replace("WWW.", "WWW&#46;").ToString();
    }

    /// <summary>A link destination, only for http(s) URLs; null otherwise.</summary>
    public static string? Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
    }

    /// <summary>Inline code that cannot be broken out of: backticks in the text lengthen the fence.</summary>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        // CommonMark strips one space at each end, which is what lets code start or end with a backtick.
        return longest == 0 ? $"{fence}{flat}{fence}" : $"{fence} {flat} {fence}";
    }

    public static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
