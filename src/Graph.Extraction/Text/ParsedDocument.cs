using Graph.Domain.Articles;

namespace Graph.Extraction.Text;

/// <summary>An article split into sentences and tokens, with its language and publication day settled.</summary>
/// <param name="Language">"it", "en", or another ISO 639-1 code (no events are extracted then).</param>
/// <param name="Published">From metadata, else from a dateline; never from the machine's clock.</param>
public sealed record ParsedDocument(Article Article, string Language, DateOnly? Published, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>Where the dateline ("Mosca, 31 dicembre 2025 –") ends in the text; 0 when there is none. Its date and place are not an event's.</summary>
    public int DatelineEnd { get; init; }
}
