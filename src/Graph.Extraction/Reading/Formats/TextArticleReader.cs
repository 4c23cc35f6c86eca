using Graph.Domain.Articles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Reading.Formats;

/// <summary>
/// Plain text and Markdown, with optional YAML front matter (<c>title</c>, <c>published</c>,
/// <c>source</c>, <c>url</c>, <c>language</c>). Without a title in front matter, a short first line
/// that reads like a headline is taken as the title (and stays in the text).
/// </summary>
public sealed class TextArticleReader : IArticleReader
{
    /// <summary>Longer first lines are body text, not headlines.</summary>
    internal const int MaxHeadlineLength = 160;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".md"];

    public IEnumerable<Article> Read(string path, ReadOnlyMemory<byte> content)
    {
        var text = ArticleContent.Decode(path, content.Span);
        var (meta, body) = SplitFrontMatter(path, text);
        body = body.Trim();
        if (body.Length == 0)
        {
            throw new ArticleReadException(path, "no article text after the front matter");
        }

        meta.TryGetValue("published", out var publishedText);
        if (publishedText is null) meta.TryGetValue("date", out publishedText);
        DateTimeOffset? published = null;
        var hasTime = false;
        if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (!ArticleContent.TryParsePublished(publishedText, out var p, out hasTime))
            {
                throw new ArticleReadException(path, "front matter " + ArticleContent.PublishedError("published", publishedText));
            }
            published = p;
        }

        var title = Blank(meta.GetValueOrDefault("title")) ?? Headline(body);
        return
        [
            Article.Create(body, title, published,
                source: Blank(meta.GetValueOrDefault("source")),
                url: Blank(meta.GetValueOrDefault("url")),
                language: Blank(meta.GetValueOrDefault("language")) ?? Blank(meta.GetValueOrDefault("lang")),
                file: path,
                publishedHasTime: hasTime),
        ];
    }

    /// <summary>The first line when it looks like a headline: short, more text follows, and it does not end a sentence.</summary>
    internal static string? Headline(string body)
    {
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        var line = body[..end].Trim();
        if (line.StartsWith('#'))
        {
            line = line.TrimStart('#').Trim();
        }
        if (line.Length == 0 || line.Length > MaxHeadlineLength)
        {
            return null;
        }
        return line[^1] is '.' or ',' or ';' or ':' or '…' ? null : line;
    }

    private static (Dictionary<string, string?> Meta, string Body) SplitFrontMatter(string path, string text)
    {
        var meta = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (meta, text);
        }
        var close = FindClosingFence(text);
        if (close is not var (yamlEnd, bodyStart))
        {
            throw new ArticleReadException(path, "front matter starts with '---' but has no closing '---' line");
        }
        var yaml = text[4..yamlEnd];
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // Front matter starts on line 2 of the file.
            throw new ArticleReadException(path,
                $"invalid YAML front matter at line {ex.Start.Line + 1}, column {ex.Start.Column}: {OneLine(ex.InnerException?.Message ?? ex.Message)}", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (meta, text[bodyStart..]);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new ArticleReadException(path, "front matter must be 'key: value' lines (title, published, source, url, language)");
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                continue;
            }
            meta[key.Trim()] = valueNode switch
            {
                YamlScalarNode scalar => scalar.Value,
                _ when IsKnownKey(key) => throw new ArticleReadException(path, $"front matter '{key.Trim()}' must be a single value"),
                _ => null,
            };
        }
        return (meta, text[bodyStart..]);
    }

    private static bool IsKnownKey(string key) =>
        key.Trim().ToLowerInvariant() is "title" or "published" or "date" or "source" or "url" or "language" or "lang";

    private static (int YamlEnd, int BodyStart)? FindClosingFence(string text)
    {
        var pos = 4;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos).TrimEnd();
            if (line is "---" or "...")
            {
                return (pos, nl < 0 ? text.Length : nl + 1);
            }
            if (nl < 0)
            {
                break;
            }
            pos = nl + 1;
        }
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
