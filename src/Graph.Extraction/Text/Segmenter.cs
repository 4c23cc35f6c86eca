using System.Collections.Frozen;
using System.Globalization;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Text;

/// <summary>
/// Rule-based segmenter for news prose: blank lines and title-like lines end paragraphs, sentence
/// stops are ". ! ? …" not after an abbreviation or an initial, and tokens keep offsets; elided
/// Italian articles ("l’", "dell’") become their own tokens.
/// </summary>
public sealed class Segmenter : ISegmenter
{
    private const int MaxHeadingLength = 160;
    private readonly FrozenSet<string> _abbreviations;

    public Segmenter()
        : this(EmbeddedLexicon.Read<List<string>>("abbreviations.yaml"))
    {
    }

    public Segmenter(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        foreach (var (start, end, heading) in Paragraphs(text))
        {
            var before = sentences.Count;
            SplitSentences(text, start, end, paragraph, heading, sentences);
            if (sentences.Count > before)
            {
                paragraph++;
            }
        }
        return sentences;
    }

    private static IEnumerable<(int Start, int End, bool Heading)> Paragraphs(string text)
    {
        var lines = new List<(int Start, int End)>();
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            lines.Add((pos, end));
            if (nl < 0) break;
            pos = nl + 1;
        }

        var paraStart = -1;
        var paraEnd = -1;
        var lineCount = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (s, e) = Trim(text, lines[i].Start, lines[i].End);
            if (s >= e)
            {
                if (paraStart >= 0) yield return Close(text, paraStart, paraEnd, lineCount);
                paraStart = -1;
                lineCount = 0;
                continue;
            }
            if (paraStart < 0)
            {
                paraStart = s;
                paraEnd = e;
                lineCount = 1;
            }
            else
            {
                paraEnd = e;
                lineCount++;
            }
            // A line that ends a sentence, or a short title-like line followed by a capital, closes the paragraph:
            // articles saved one paragraph per line have no blank lines between them.
            var last = text[e - 1];
            var next = NextNonEmptyLineStart(text, lines, i + 1);
            var endsSentence = last is '.' or '!' or '?' or '…' or '»' or '"' or '”' or ':';
            var titleLike = e - s <= MaxHeadingLength && next is { } c && (char.IsUpper(c) || c is '«' or '"' or '“');
            if (endsSentence || titleLike)
            {
                yield return Close(text, paraStart, paraEnd, lineCount);
                paraStart = -1;
                lineCount = 0;
            }
        }
        if (paraStart >= 0) yield return Close(text, paraStart, paraEnd, lineCount);
    }

    private static char? NextNonEmptyLineStart(string text, List<(int Start, int End)> lines, int from)
    {
        if (from >= lines.Count) return null;
        var (s, e) = Trim(text, lines[from].Start, lines[from].End);
        return s < e ? text[s] : null; // a blank line ends the paragraph anyway
    }

    private static (int, int, bool) Close(string text, int start, int end, int lineCount)
    {
        var last = text[end - 1];
        var heading = lineCount == 1 && end - start <= MaxHeadingLength && last is not ('.' or '!' or '?' or '…' or ';' or ',');
        return (start, end, heading);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private void SplitSentences(string text, int start, int end, int paragraph, bool heading, List<Sentence> output)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var stop = i + 1;
            while (stop < end && text[stop] is '.' or '!' or '?' or '…') stop++;
            while (stop < end && text[stop] is '"' or '”' or '»' or '\'' or '’' or ')') stop++;
            if (stop < end && !char.IsWhiteSpace(text[stop]))
            {
                continue; // "U.S.", "3.5", "www.x.it"
            }
            var next = stop;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end && !StartsSentence(text[next]))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, sentenceStart, i) && next < end)
            {
                continue;
            }
            Emit(text, sentenceStart, stop, paragraph, heading, output);
            sentenceStart = next;
            i = next - 1;
        }
        Emit(text, sentenceStart, end, paragraph, heading, output);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '“' or '\'' or '‘' or '(' or '-' or '–' or '—' || !char.IsLetter(c);

    private bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var s = dot;
        while (s > sentenceStart && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        if (s == dot) return false;
        var word = text[s..dot].ToLowerInvariant();
        if (word.Length == 1 && char.IsUpper(text[s]))
        {
            return true; // an initial: "J. D. Vance"
        }
        return _abbreviations.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6);
    }

    private static void Emit(string text, int start, int end, int paragraph, bool heading, List<Sentence> output)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (start >= end) return;
        var tokens = Tokenize(text, start, end);
        if (tokens.Count == 0) return;
        output.Add(new Sentence(output.Count, paragraph, start, end, text[start..end], tokens) { IsHeading = heading });
    }

    internal static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var j = i;
                var digits = true;
                while (j < end)
                {
                    var d = text[j];
                    if (IsWordChar(d))
                    {
                        digits &= char.IsDigit(d);
                        j++;
                        continue;
                    }
                    // Inside numbers: 1,9 / 3/3/2025 / 2025-09-27 / 12.30
                    if (digits && d is '.' or ',' or '/' or '-' or ':' && j + 1 < end && char.IsDigit(text[j + 1]))
                    {
                        j++;
                        continue;
                    }
                    if (d is '\'' or '’' && j + 1 < end && char.IsLetter(text[j + 1]))
                    {
                        var rest = j + 1;
                        while (rest < end && char.IsLetter(text[rest])) rest++;
                        var tail = text[(j + 1)..rest].ToLowerInvariant();
                        if (tail is "s" or "t" or "ll" or "re" or "ve" or "d" or "m")
                        {
                            if (tail == "s")
                            {
                                break; // "Russia's": the possessive is its own token
                            }
                            j = rest; // "didn't" stays whole
                            continue;
                        }
                        j++; // elision: "l’" ends the token, "incontro" starts the next
                        break;
                    }
                    // "Kim Jong-un" stays one word; "Trump-Putin" is two names.
                    if (d == '-' && j + 1 < end && char.IsLetter(text[j + 1]) && !(char.IsUpper(text[j + 1]) && char.IsUpper(text[i])))
                    {
                        j++;
                        continue;
                    }
                    break;
                }
                var kind = digits ? TokenKind.Number : TokenKind.Word;
                if (!digits && char.IsDigit(text[i]) && text[i..j].All(ch => char.IsDigit(ch) || ch is '.' or ',' or '/' or '-' or ':'))
                {
                    kind = TokenKind.Number;
                }
                tokens.Add(new Token(text[i..j], i, j, kind));
                i = j;
                continue;
            }
            if (c is '\'' or '’' && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])) && i > start && char.IsLetter(text[i - 1]))
            {
                tokens.Add(new Token(text.Substring(i, 2), i, i + 2, TokenKind.Word));
                i += 2;
                continue;
            }
            var quote = c is '"' or '“' or '”' or '«' or '»' or '‘' or '„' or '\'' or '’';
            tokens.Add(new Token(c.ToString(), i, i + 1, quote ? TokenKind.Quote : TokenKind.Punctuation));
            i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
