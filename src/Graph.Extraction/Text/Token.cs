namespace Graph.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
}

/// <summary>A token with its character offsets [Start, End) in the article text.</summary>
/// <param name="Text">The token as written (case kept; "l’" and "incontro" are two tokens).</param>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    /// <summary>Lower case, accents kept, typographic apostrophe folded to ASCII: what lexicons match on.</summary>
    public string Lower { get; } = Text.ToLowerInvariant().Replace('’', '\'');

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
