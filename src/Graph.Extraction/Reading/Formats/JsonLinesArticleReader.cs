using System.Globalization;
using Graph.Domain.Articles;

namespace Graph.Extraction.Reading.Formats;

/// <summary>
/// A <c>.jsonl</c> file: one article object per line. A bad line is reported as <c>file:line</c>
/// and the other lines still yield their articles; blank lines are skipped.
/// </summary>
public sealed class JsonLinesArticleReader : IArticleReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl"];

    public IEnumerable<Article> Read(string path, ReadOnlyMemory<byte> content)
    {
        foreach (var result in ReadResults(path, content))
        {
            yield return result.Article ?? throw new ArticleReadException(result.Error!);
        }
    }

    public IEnumerable<ArticleReadResult> ReadResults(string path, ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            return [ArticleReadResult.Failed(path, $"{path}: empty file")];
        }
        var bytes = ArticleContent.SkipBom(content.Span, out var offset);
        try
        {
            ArticleContent.RefuseBinary(path, bytes, offset);
        }
        catch (ArticleReadException ex)
        {
            return [ArticleReadResult.Failed(path, ex.Message)];
        }
        var results = ReadLines(path, content[offset..], offset).ToList();
        return results.Count > 0 ? results : [ArticleReadResult.Failed(path, $"{path}: the file holds only white space, no text")];
    }

    // Lines are decoded one by one, so a line with bad bytes costs only that line.
    private static IEnumerable<ArticleReadResult> ReadLines(string path, ReadOnlyMemory<byte> content, int bomLength)
    {
        var number = 0;
        var start = 0;
        while (start < content.Length)
        {
            number++;
            var rest = content.Span[start..];
            var nl = rest.IndexOf((byte)'\n');
            var length = nl < 0 ? rest.Length : nl;
            var lineStart = start;
            start += nl < 0 ? rest.Length : nl + 1;
            var where = string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
            var lineBytes = content.Span.Slice(lineStart, length);
            if (!ArticleContent.TryDecodeUtf8(lineBytes, out var line, out var bad))
            {
                yield return ArticleReadResult.Failed(path, $"{where}: {ArticleContent.InvalidUtf8(lineBytes, bad, bomLength + lineStart)}");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            ArticleReadResult result;
            try
            {
                result = ArticleReadResult.Ok(path, JsonArticle.Parse(path, where, line, isLine: true));
            }
            catch (ArticleReadException ex)
            {
                result = ArticleReadResult.Failed(path, ex.Message);
            }
            yield return result;
        }
    }
}
