namespace Graph.Extraction.Text;

/// <summary>A sentence with its offsets [Start, End) in the article text and its tokens.</summary>
/// <param name="Index">Position in the article, from 0.</param>
/// <param name="Paragraph">The paragraph it belongs to, from 0 (a title line is its own paragraph).</param>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>True when the paragraph is a heading (short, no final full stop): events there repeat the body.</summary>
    public bool IsHeading { get; init; }
}
