using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Graph.Extraction.Reading;

/// <summary>Turns a file's bytes into text the way every reader needs it: UTF-8 (BOM optional), no NUL bytes, LF line ends.</summary>
public static class ArticleContent
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes strictly; refuses binary data and invalid UTF-8 with a reason that says where.</summary>
    /// <exception cref="ArticleReadException">The bytes are empty, binary or not UTF-8, or the text is only white space.</exception>
    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleReadException(path, "empty file");
        }
        var offset = 0;
        if (bytes.StartsWith(Bom))
        {
            offset = Bom.Length;
            bytes = bytes[Bom.Length..];
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleReadException(path, string.Create(CultureInfo.InvariantCulture,
                $"binary file, not text (NUL byte at offset {nul + offset})"));
        }
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var bad = bytes[read..];
                var shown = Convert.ToHexString(bad[..Math.Min(bad.Length, 4)]);
                throw new ArticleReadException(path, string.Create(CultureInfo.InvariantCulture,
                    $"invalid UTF-8 at byte offset {read + offset} (bytes 0x{shown}); save the file as UTF-8"));
            }
            var text = new string(chars, 0, written).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArticleReadException(path, "the file holds only white space, no text");
            }
            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Parses a publication date: a calendar day (<c>2025-09-27</c>, no time) or an ISO 8601 date-time;
    /// a date-time without an offset is taken as UTC.
    /// </summary>
    public static bool TryParsePublished(string? text, out DateTimeOffset published, out bool hasTime)
    {
        published = default;
        hasTime = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (t.Length >= 16 && char.IsAsciiDigit(t[0])
            && DateTimeOffset.TryParse(t, inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out published))
        {
            hasTime = true;
            return true;
        }
        return false;
    }

    internal static string PublishedError(string field, string value) =>
        $"'{field}' is '{value}', not a date (expected YYYY-MM-DD or an ISO 8601 date-time such as 2025-09-27T10:30:00+02:00)";

    internal static string CollapseWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            // HTML white space only: a no-break space is the author's choice and stays.
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
