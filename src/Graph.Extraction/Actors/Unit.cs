using Graph.Extraction.Text;

namespace Graph.Extraction.Actors;

[Flags]
internal enum UnitFlags
{
    None = 0,
    Word = 1,
    Capitalized = 2,
    AllUpper = 4,
    Number = 8,
    SentenceInitial = 16,
}

/// <summary>
/// The recognizer's matching unit: a word, an elided article ("dell'"), a possessive ("'s") or one punctuation
/// character, folded for matching, with offsets in the article text.
/// </summary>
internal readonly record struct Unit(string Key, int Start, int End, UnitFlags Flags, WordClass Class = WordClass.None)
{
    public bool Is(WordClass cls) => (Class & cls) != 0;

    public bool IsWord => (Flags & UnitFlags.Word) != 0;
    public bool IsCapitalized => (Flags & UnitFlags.Capitalized) != 0;
    public bool IsAllUpper => (Flags & UnitFlags.AllUpper) != 0;
    public bool IsNumber => (Flags & UnitFlags.Number) != 0;
    public bool IsSentenceInitial => (Flags & UnitFlags.SentenceInitial) != 0;
}

/// <summary>
/// Cuts tokens into units the same way for catalogue names and for article text, so matching does not depend on
/// how the tokenizer treated apostrophes and hyphens ("dell’UE", "Russia’s", "Guinea-Bissau").
/// </summary>
internal sealed class UnitSplitter(Vocabulary vocabulary)
{
    [ThreadStatic]
    private static char[]? _buffer;

    public List<Unit> Split(Sentence sentence)
    {
        var units = new List<Unit>(sentence.Tokens.Count + 4);
        foreach (var token in sentence.Tokens) SplitInto(token.Text, token.Start, units);
        RepairPossessives(units);
        MarkSentenceInitial(units);
        return units;
    }

    /// <summary>Splits free text (a catalogue name, a lexicon phrase) on white space, then like a token.</summary>
    public List<Unit> Split(string text)
    {
        var units = new List<Unit>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) SplitInto(text[start..i], start, units);
        }
        return units;
    }

    public string[] Keys(string text) => [.. Split(text).Select(u => u.Key)];

    // A tokenizer that knows Italian elisions cuts "UN's" as "UN'" + "s"; put the possessive back together.
    private void RepairPossessives(List<Unit> units)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var u = units[i];
            var next = units[i + 1];
            if (u.Key.Length < 2 || u.Key[^1] != '\'' || next.Key != "s" || next.Start != u.End) continue;
            var key = u.Key[..^1];
            var cls = vocabulary.TryFind(key, out var known, out var c) ? c : WordClass.None;
            units[i] = new Unit(cls == WordClass.None ? key : known, u.Start, u.End - 1, u.Flags & ~UnitFlags.SentenceInitial, cls);
            units[i + 1] = new Unit("'s", u.End - 1, next.End, UnitFlags.None);
        }
    }

    private static void MarkSentenceInitial(List<Unit> units)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].IsWord)
            {
                units[i] = units[i] with { Flags = units[i].Flags | UnitFlags.SentenceInitial };
                return;
            }
        }
    }

    private void SplitInto(string text, int offset, List<Unit> units)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c))
            {
                // "’s" after a name (or as its own token) is the English possessive.
                if (i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    units.Add(new Unit("'s", offset + i, offset + i + 2, UnitFlags.None));
                    i += 2;
                }
                else
                {
                    units.Add(new Unit("'", offset + i, offset + i + 1, UnitFlags.None));
                    i++;
                }
                continue;
            }
            if (!IsWordChar(c))
            {
                units.Add(new Unit(TextFold.FoldChar(c), offset + i, offset + i + 1, UnitFlags.None));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }
                // An apostrophe after letters: a possessive ends the unit before it ("UN's"); an elision ends it after
                // it ("dell'", "l'", also when the tokenizer split "l’" off); otherwise it belongs to the name ("O'Brien").
                if (IsApostrophe(text[i]))
                {
                    var possessive = i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2]));
                    if (possessive) break;
                    var letterFollows = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                    if (i - start <= 6 && (letterFollows || i + 1 == text.Length) && IsElision(text.AsSpan(start, i - start + 1)))
                    {
                        i++;
                        break;
                    }
                    if (letterFollows)
                    {
                        i++;
                        continue;
                    }
                }
                break;
            }
            AddWord(text, start, i, offset, units);
        }
    }

    private bool IsElision(ReadOnlySpan<char> withApostrophe)
    {
        Span<char> folded = stackalloc char[32];
        var n = TextFold.Fold(withApostrophe, folded);
        return n > 0 && vocabulary.TryFind(folded[..n], out _, out var cls) && (cls & WordClass.Elision) != 0;
    }

    private void AddWord(string text, int start, int end, int offset, List<Unit> units)
    {
        var span = text.AsSpan(start, end - start);
        var flags = UnitFlags.Word;
        var letters = 0;
        var upper = 0;
        var digits = 0;
        foreach (var ch in span)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (char.IsUpper(ch)) upper++;
            }
            else if (char.IsDigit(ch))
            {
                digits++;
            }
        }
        if (letters > 0 && char.IsUpper(span[0])) flags |= UnitFlags.Capitalized;
        if (letters > 0 && upper == letters) flags |= UnitFlags.AllUpper;
        if (digits > 0 && letters == 0) flags |= UnitFlags.Number;
        var buffer = _buffer ??= new char[256];
        if (buffer.Length < span.Length * 3) buffer = _buffer = new char[span.Length * 3];
        var n = TextFold.Fold(span, buffer);
        if (n < 0)
        {
            units.Add(new Unit(TextFold.Fold(span), offset + start, offset + end, flags));
            return;
        }
        var folded = buffer.AsSpan(0, n);
        var key = vocabulary.TryFind(folded, out var known, out var cls) ? known : new string(folded);
        units.Add(new Unit(key, offset + start, offset + end, flags, cls));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
