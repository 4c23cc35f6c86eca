using System.Security.Cryptography;
using System.Text;

namespace Graph.Domain.Articles;

/// <summary>A news article as read from a file or feed, before extraction.</summary>
/// <param name="Id">SHA-256 (hex, lower case) of the normalised text; see <see cref="ComputeId"/>.</param>
/// <param name="Published">When the article was published; a date-only value has <see cref="PublishedHasTime"/> false.</param>
/// <param name="File">The path the article was read from, as given by the user (null for feeds).</param>
public sealed record Article(
    string Id,
    string? Title,
    string Text,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string? Language,
    string? File,
    bool PublishedHasTime = true)
{
    /// <summary>The publication day, the reference point for "ieri", "yesterday" and the like.</summary>
    public DateOnly? PublishedDate => Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;

    /// <summary>Builds an article whose id is derived from its text.</summary>
    public static Article Create(
        string text,
        string? title = null,
        DateTimeOffset? published = null,
        string? source = null,
        string? url = null,
        string? language = null,
        string? file = null,
        bool publishedHasTime = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Article(ComputeId(text), title, text, published, source, url, language, file, publishedHasTime);
    }

    /// <summary>
    /// The id is the hash of the text after normalisation (Unicode NFC, LF line ends, trailing
    /// white space dropped), so the same article saved by two tools hashes the same.
    /// </summary>
    public static string ComputeId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(bytes);
    }

    internal static string Normalise(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sb = new StringBuilder(nfc.Length);
        foreach (var line in nfc.Split('\n'))
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }
        return sb.ToString().Trim();
    }
}
