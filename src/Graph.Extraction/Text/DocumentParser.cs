using Graph.Domain.Articles;
using Graph.Extraction.Dates;
using Graph.Extraction.Language;

namespace Graph.Extraction.Text;

public sealed class DocumentParser(ISegmenter segmenter, ILanguageIdentifier languages, PublicationDateResolver dates) : IDocumentParser
{
    /// <summary>Language code used when the text is too short or too odd to tell.</summary>
    public const string Undetermined = "und";

    public ParsedDocument Parse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The text decides; metadata only breaks a tie the text cannot (a headline-only article).
        var language = languages.Identify(article.Text) ?? Normalise(article.Language) ?? Undetermined;
        var (published, datelineEnd) = dates.Resolve(article, language);
        var sentences = segmenter.Segment(article.Text);
        return new ParsedDocument(article, language, published, sentences) { DatelineEnd = datelineEnd };
    }

    private static string? Normalise(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant() is var c && c.Length >= 2 ? c[..2] : null;
}
