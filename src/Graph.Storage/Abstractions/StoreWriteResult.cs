namespace Graph.Storage.Abstractions;

/// <summary>What one write changed. An article already stored gives <see cref="ArticleAdded"/> false and zeros elsewhere.</summary>
public sealed record StoreWriteResult(bool ArticleAdded, int EventsAdded, int MentionsAdded, int ActorsAdded)
{
    public static readonly StoreWriteResult Unchanged = new(false, 0, 0, 0);
}
