namespace Graph.Neo4j.Store;

/// <summary>What a batch write changed; articles already stored count as unchanged and add nothing.</summary>
public sealed record Neo4jBatchResult(int ArticlesAdded, int ArticlesUnchanged, int EventsAdded, int MentionsAdded, int ActorsAdded, int Transactions)
{
    public static readonly Neo4jBatchResult Empty = new(0, 0, 0, 0, 0, 0);

    public Neo4jBatchResult Add(Neo4jBatchResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(ArticlesAdded + other.ArticlesAdded, ArticlesUnchanged + other.ArticlesUnchanged, EventsAdded + other.EventsAdded,
            MentionsAdded + other.MentionsAdded, ActorsAdded + other.ActorsAdded, Transactions + other.Transactions);
    }
}
