using System.Text.RegularExpressions;
using Graph.Domain.Articles;
using Graph.Extraction.Text;

namespace Graph.Extraction.Dates;

/// <summary>
/// The article's publication day: from metadata, else from a dateline at the start of the text
/// ("Mosca, 31 dicembre 2025 –", "KYIV, March 3 (Reuters) -"); never from the machine's clock.
/// </summary>
public sealed partial class PublicationDateResolver
{
    private readonly DateFinder _finder;

    public PublicationDateResolver(DateFinder finder)
    {
        _finder = finder;
    }

    /// <summary>The day, and where the dateline ends in the text (0 when there is none) so its date is not taken for an event's.</summary>
    public (DateOnly? Published, int DatelineEnd) Resolve(Article article, string language)
    {
        ArgumentNullException.ThrowIfNull(article);
        var metadata = article.PublishedDate;
        // The dateline opens the body, which may come after a title line or two.
        Match? match = null;
        var lineStart = 0;
        for (var line = 0; line < 4 && lineStart < article.Text.Length; line++)
        {
            var length = Math.Min(300, article.Text.Length - lineStart);
            var m = Dateline().Match(article.Text, lineStart, length);
            if (m.Success)
            {
                match = m;
                break;
            }
            var nl = article.Text.IndexOf('\n', lineStart);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        if (match is null)
        {
            return (metadata, 0);
        }
        var datelineEnd = match.Index + match.Length;
        if (metadata is not null)
        {
            return (metadata, datelineEnd);
        }
        var body = match.Groups["date"];
        var tokens = Segmenter.Tokenize(article.Text, body.Index, body.Index + body.Length);
        if (tokens.Count == 0)
        {
            return (null, datelineEnd);
        }
        var sentence = new Sentence(0, 0, body.Index, body.Index + body.Length, body.Value, tokens);
        // No reference day: only a written-out date with its year resolves.
        foreach (var m in _finder.Find(sentence, language, null))
        {
            if (m.Explicit && m.Date.Precision == Domain.Dates.DatePrecision.Day)
            {
                return (m.Date.Start, datelineEnd);
            }
        }
        return (null, datelineEnd);
    }

    [GeneratedRegex(@"\G\s*\p{Lu}[\p{L}'’./\- ]{1,40}?(?:\s*\([^)\n]{1,40}\))?,\s*(?<date>[^\n–—()]{0,20}?\d[^\n–—()]{0,20}?)\s*(?:\([^)\n]{1,40}\)\s*)?(?:–|—|--|-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
