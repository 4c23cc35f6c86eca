using System.Globalization;
using System.Text.Json;
using Graph.Domain.Articles;

namespace Graph.Extraction.Reading.Formats;

/// <summary>The object both JSON formats hold: <c>{title, text, published, url, source, language}</c>.</summary>
internal static class JsonArticle
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses one object; <paramref name="where"/> is how errors name it ("a.json", "a.jsonl:3").</summary>
    public static Article Parse(string path, string where, string json, bool isLine = false)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new ArticleReadException(where, Describe(ex, isLine), ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                var hint = root.ValueKind == JsonValueKind.Array ? " (for several articles use .jsonl, one object per line)" : string.Empty;
                throw new ArticleReadException(where, $"expected a JSON object {{title, text, published, url, source, language}}, found {Kind(root.ValueKind)}{hint}");
            }
            var text = String(where, root, "text");
            if (text is null)
            {
                throw new ArticleReadException(where, "the JSON object has no 'text' field (the article's body)");
            }
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (text.Length == 0)
            {
                throw new ArticleReadException(where, "'text' is empty");
            }
            var publishedText = String(where, root, "published");
            DateTimeOffset? published = null;
            var hasTime = false;
            if (!string.IsNullOrWhiteSpace(publishedText))
            {
                if (!ArticleContent.TryParsePublished(publishedText, out var p, out hasTime))
                {
                    throw new ArticleReadException(where, ArticleContent.PublishedError("published", publishedText));
                }
                published = p;
            }
            return Article.Create(text,
                title: Blank(String(where, root, "title")),
                published: published,
                source: Blank(String(where, root, "source")),
                url: Blank(String(where, root, "url")),
                language: Blank(String(where, root, "language")),
                file: path,
                publishedHasTime: hasTime);
        }
    }

    private static string? String(string where, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ArticleReadException(where, $"'{name}' must be a string, found {Kind(value.ValueKind)}");
    }

    private static string Describe(JsonException ex, bool isLine)
    {
        // JsonException's own message appends "Path: … | LineNumber: … | BytePositionInLine: …"; say it plainly instead.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        if (isLine)
        {
            return string.Create(CultureInfo.InvariantCulture, $"invalid JSON at byte {(ex.BytePositionInLine ?? 0) + 1}: {message}");
        }
        return ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"invalid JSON at line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {message}")
            : $"invalid JSON: {message}";
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
