namespace Graph.Domain.Articles;

/// <summary>An article's metadata without its text: what a snapshot or report needs to cite it.</summary>
public sealed record ArticleInfo(
    string Id,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string? Language,
    string? File)
{
    public static ArticleInfo From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, article.Title, article.Published, article.Source, article.Url, article.Language, article.File);
    }
}
