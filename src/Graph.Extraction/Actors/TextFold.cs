using System.Globalization;
using System.Text;

namespace Graph.Extraction.Actors;

/// <summary>
/// Folds text to the form the gazetteer matches on: lower case, accents removed, typographic apostrophes to ASCII,
/// so "Erdoğan", "ERDOGAN" and "erdogan" meet, as do "Lukašenko" and "Lukasenko".
/// </summary>
internal static class TextFold
{
    // One entry per BMP character, filled on first use; racing writers store equal strings, so no lock is needed.
    private static readonly string?[] Table = new string?[char.MaxValue + 1];

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fold(text.AsSpan());
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[256] : new char[text.Length * 3];
        var n = Fold(text, buffer);
        return n >= 0 ? new string(buffer[..n]) : FoldSlow(text);
    }

    private static string FoldSlow(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(FoldChar(c));
        return sb.ToString();
    }

    /// <summary>Folds into <paramref name="buffer"/>; returns the length written, or -1 when the buffer is too small.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (n >= buffer.Length) return -1;
                buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }
            var folded = FoldChar(c);
            if (n + folded.Length > buffer.Length) return -1;
            folded.AsSpan().CopyTo(buffer[n..]);
            n += folded.Length;
        }
        return n;
    }

    public static string FoldChar(char c)
    {
        var cached = Table[c];
        if (cached is not null) return cached;
        var computed = Compute(c);
        Table[c] = computed;
        return computed;
    }

    private static string Compute(char c)
    {
        switch (c)
        {
            case '’' or '‘' or 'ʼ' or '`' or '´': return "'";
            case 'ß': return "ss";
            case 'ø' or 'Ø': return "o";
            case 'ł' or 'Ł': return "l";
            case 'đ' or 'Đ': return "d";
            case 'ı': return "i";
            case 'æ' or 'Æ': return "ae";
            case 'œ' or 'Œ': return "oe";
            case '‐' or '‑' or '‒' or '–' or '—': return "-";
        }
        if (char.IsSurrogate(c)) return c.ToString();
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(d));
        }
        return sb.Length == 0 ? c.ToString() : sb.ToString();
    }
}
