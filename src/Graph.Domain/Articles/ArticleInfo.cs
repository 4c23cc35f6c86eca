namespace Graph.Domain.Articles;

/// <summary>An article's metadata without its text: what a snapshot or report needs to cite it.</summary>
/// <param name="PublishedHasTime">False when only the day of publication is known (as <see cref="Article.PublishedHasTime"/>).</param>
public sealed record ArticleInfo(
    string Id,
    string? Title,
    DateTimeOffset? Published,
    string? Source,
    string? Url,
    string? Language,
    string? File,
    bool PublishedHasTime = true)
{
    public static ArticleInfo From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.Id, article.Title, article.Published, article.Source, article.Url, article.Language, article.File, article.PublishedHasTime);
    }
}
