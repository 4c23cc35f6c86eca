using System.Text;
using System.Xml;

namespace Graph.Analysis.Export;

internal static class XmlText
{
    /// <summary>
    /// Drops characters XML 1.0 cannot carry at all (control characters, lone surrogates) that
    /// scraped text sometimes holds; XmlWriter escapes everything else (&amp;, &lt;, quotes).
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = XmlConvert.IsXmlChar(c)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));
            if (ok && char.IsHighSurrogate(c))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
        }
        return sb?.ToString() ?? text;
    }

    public static XmlWriterSettings Settings => new()
    {
        Indent = true,
        IndentChars = "  ",
        Encoding = new UTF8Encoding(false),
        Async = false,
    };
}
