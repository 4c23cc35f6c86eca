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
        bytes = SkipBom(bytes, out var offset);
        RefuseBinary(path, bytes, offset);
        if (!TryDecodeUtf8(bytes, out var text, out var bad))
        {
            throw new ArticleReadException(path, InvalidUtf8(bytes, bad, offset));
        }
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException(path, "the file holds only white space, no text");
        }
        return text;
    }

    /// <summary>Strict UTF-8: no replacement characters; <paramref name="badOffset"/> is where the first invalid sequence starts.</summary>
    internal static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text, out int badOffset)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                text = string.Empty;
                badOffset = read;
                return false;
            }
            text = new string(chars, 0, written);
            badOffset = -1;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The reason for invalid UTF-8 at <paramref name="bad"/> in <paramref name="bytes"/>, which start at <paramref name="offset"/> in the file.</summary>
    internal static string InvalidUtf8(ReadOnlySpan<byte> bytes, int bad, int offset)
    {
        var shown = Convert.ToHexString(bytes[bad..][..Math.Min(bytes.Length - bad, 4)]);
        return string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {bad + offset} (bytes 0x{shown}); save the file as UTF-8");
    }

    /// <summary>Drops a UTF-8 byte order mark; <paramref name="offset"/> says how many bytes went.</summary>
    internal static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> bytes, out int offset)
    {
        offset = bytes.StartsWith(Bom) ? Bom.Length : 0;
        return bytes[offset..];
    }

    /// <summary>Refuses data that holds a NUL byte: text files never do, binary files nearly always.</summary>
    internal static void RefuseBinary(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleReadException(path, string.Create(CultureInfo.InvariantCulture,
                $"binary file, not text (NUL byte at offset {nul + offset})"));
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
