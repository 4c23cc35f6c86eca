using Graph.Domain.Articles;

namespace Graph.Extraction.Reading.Formats;

/// <summary>A <c>.json</c> file holding one article object.</summary>
public sealed class JsonArticleReader : IArticleReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public IEnumerable<Article> Read(string path, ReadOnlyMemory<byte> content)
    {
        var json = ArticleContent.Decode(path, content.Span);
        return [JsonArticle.Parse(path, path, json)];
    }
}
