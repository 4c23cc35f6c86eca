using System.Text.RegularExpressions;
using Graph.Domain.Articles;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Actors;

/// <summary>
/// A deliberately small tokenizer for the actor tests, so they do not depend on the real segmenter: sentences end at
/// ". ", "! " or "? " (or a blank line), words split off elided articles ("l’" + "Iran") like the real one does.
/// </summary>
internal static partial class TestText
{
    public static ParsedDocument Parse(string text, string language = "it", DateOnly? published = null, bool firstIsHeading = false)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var paragraph = 0;
        foreach (Match m in SentenceEnd().Matches(text + " "))
        {
            var end = Math.Min(m.Index + 1, text.Length);
            AddSentence(text, start, end, paragraph, sentences, firstIsHeading);
            if (m.Value.Contains('\n', StringComparison.Ordinal)) paragraph++;
            start = m.Index + m.Length;
        }
        if (start < text.Length) AddSentence(text, start, text.Length, paragraph, sentences, firstIsHeading);
        var article = Article.Create(text, language: language);
        return new ParsedDocument(article, language, published, sentences);
    }

    private static void AddSentence(string text, int start, int end, int paragraph, List<Sentence> into, bool firstIsHeading)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var tokens = new List<Token>();
        foreach (Match t in TokenPattern().Matches(text[start..end]))
        {
            var kind = char.IsLetter(t.Value[0]) ? TokenKind.Word
                : char.IsDigit(t.Value[0]) ? TokenKind.Number
                : t.Value is "\"" or "«" or "»" or "“" or "”" ? TokenKind.Quote
                : TokenKind.Punctuation;
            tokens.Add(new Token(t.Value, start + t.Index, start + t.Index + t.Length, kind));
        }
        into.Add(new Sentence(into.Count, paragraph, start, end, text[start..end], tokens) { IsHeading = firstIsHeading && into.Count == 0 });
    }

    [GeneratedRegex(@"[.!?](\s+)|\n\s*\n")]
    private static partial Regex SentenceEnd();

    // Elided article with its apostrophe; a word (letters, digits, inner hyphens and apostrophes); anything else alone.
    [GeneratedRegex(@"(?i)\b(?:l|dell|all|dall|nell|sull|d|un|quell)['’](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*|\S")]
    private static partial Regex TokenPattern();
}
