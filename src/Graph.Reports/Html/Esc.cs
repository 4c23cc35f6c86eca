using System.Globalization;
using System.Net;

namespace Graph.Reports.Html;

/// <summary>HTML escaping for everything that comes from articles or the store.</summary>
internal static class Esc
{
    /// <summary>Text content and attribute values: &amp; &lt; &gt; &quot; &#39; are encoded.</summary>
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A link target, or null when it is not one a reader should follow (only http and https are linked).</summary>
    public static string? Href(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Text(uri.AbsoluteUri)
            : null;
    }

    public static string Num(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);
}
