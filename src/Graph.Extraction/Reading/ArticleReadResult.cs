using Graph.Domain.Articles;

namespace Graph.Extraction.Reading;

/// <summary>An article read from <see cref="Path"/>, or the one-line reason it could not be.</summary>
public sealed record ArticleReadResult(string Path, Article? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static ArticleReadResult Ok(string path, Article article) => new(path, article, null);

    public static ArticleReadResult Failed(string path, string error) => new(path, null, error);
}
