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
        string text;
        try
        {
            text = ArticleContent.Decode(path, content.Span);
        }
        catch (ArticleReadException ex)
        {
            return [ArticleReadResult.Failed(path, ex.Message)];
        }
        return ReadLines(path, text);
    }

    private static IEnumerable<ArticleReadResult> ReadLines(string path, string text)
    {
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var where = string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
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
