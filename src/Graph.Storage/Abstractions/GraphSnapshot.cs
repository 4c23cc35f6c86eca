using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Events;

namespace Graph.Storage.Abstractions;

/// <summary>A read-only copy of (part of) the stored graph, for analysis and reports.</summary>
public sealed record GraphSnapshot(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events, IReadOnlyList<ArticleInfo> Articles)
{
    public static readonly GraphSnapshot Empty = new([], [], []);

    public ArticleInfo? FindArticle(string id) => Articles.FirstOrDefault(a => a.Id == id);
}
