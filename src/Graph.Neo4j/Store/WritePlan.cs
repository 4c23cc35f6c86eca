using System.Globalization;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Neo4j.Http;

namespace Graph.Neo4j.Store;

/// <summary>
/// The statements that write a batch of articles in one transaction. Reports of the same event
/// across the batch are merged first (<see cref="Event.MergeWith"/>), so every row of one event
/// carries the same ends and properties.
/// </summary>
internal sealed class WritePlan
{
    // Statement positions in the transaction, for reading the counters back.
    public const int ArticlesIndex = 0;
    public const int ActorsIndex = 1;
    public const int EventsIndex = 2;
    public const int MentionsIndex = 3;

    private WritePlan(IReadOnlyList<CypherStatement> statements, int articleCount, int eventCount)
    {
        Statements = statements;
        ArticleCount = articleCount;
        EventCount = eventCount;
    }

    public IReadOnlyList<CypherStatement> Statements { get; }

    public int ArticleCount { get; }

    public int EventCount { get; }

    /// <summary>The last statement returns the ids of the articles this transaction added.</summary>
    public int ClearArticleTagsIndex => Statements.Count - 1;

    public static WritePlan Build(IReadOnlyList<ArticleExtraction> extractions, DateTimeOffset now, string token)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var articles = new List<Dictionary<string, object?>>();
        var seenArticles = new HashSet<string>(StringComparer.Ordinal);
        var actorRows = new List<Dictionary<string, object?>>();
        var seenActorRows = new HashSet<(string, string)>();
        var merged = new Dictionary<string, Event>(StringComparer.Ordinal);
        var eventOrder = new List<string>();
        var reports = new List<(string EventKey, string ArticleId)>();
        var mentionRows = new List<Dictionary<string, object?>>();
        var seenMentions = new HashSet<(string, string, int, int)>();

        foreach (var extraction in extractions)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            var article = extraction.Article;
            if (!seenArticles.Add(article.Id)) continue;
            articles.Add(new()
            {
                ["id"] = article.Id,
                ["title"] = article.Title,
                ["published"] = article.Published is { } p
                    ? (article.PublishedHasTime ? p.ToString("o", CultureInfo.InvariantCulture) : p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null,
                ["source"] = article.Source,
                ["url"] = article.Url,
                ["file"] = article.File,
                ["language"] = article.Language,
                ["ingested_at"] = now.ToString("o", CultureInfo.InvariantCulture),
            });

            foreach (var actor in extraction.Actors)
            {
                if (seenActorRows.Add((actor.Id, article.Id)))
                {
                    actorRows.Add(ActorRow(actor, article.Id));
                }
            }

            foreach (var e in extraction.Events)
            {
                var key = e.Key;
                if (merged.TryGetValue(key, out var known))
                {
                    merged[key] = known.MergeWith(e);
                }
                else
                {
                    merged[key] = e;
                    eventOrder.Add(key);
                }
                reports.Add((key, article.Id));
                // A mention belongs to the article being written, whatever id the extractor stamped on it.
                foreach (var m in e.Mentions)
                {
                    if (seenMentions.Add((key, article.Id, m.Span.Start, m.Span.End)))
                    {
                        mentionRows.Add(new()
                        {
                            ["event"] = key,
                            ["article"] = article.Id,
                            ["sentence"] = m.Sentence,
                            ["start"] = m.Span.Start,
                            ["end"] = m.Span.End,
                        });
                    }
                }
            }
        }

        var eventRows = new List<Dictionary<string, object?>>();
        foreach (var (key, articleId) in reports.Distinct())
        {
            eventRows.Add(EventRow(merged[key], key, articleId));
        }

        var tx = ("tx", (object?)token);
        var statements = new List<CypherStatement>
        {
            CypherStatement.Of(GraphCypher.MergeArticles, ("articles", articles), tx),
            CypherStatement.Of(GraphCypher.MergeActors, ("actors", actorRows), tx),
            CypherStatement.Of(GraphCypher.MergeEvents, ("events", eventRows), tx),
            CypherStatement.Of(GraphCypher.MergeMentions, ("mentions", mentionRows), tx),
        };
        foreach (var group in eventOrder.Select(k => merged[k]).Where(e => e.Target is not null).GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            statements.Add(CypherStatement.Of(GraphCypher.MergeTyped[group.Key], ("ids", group.Select(e => e.Key).ToList())));
        }
        statements.Add(CypherStatement.Of(GraphCypher.ClearNewEventTags, ("ids", eventOrder)));
        statements.Add(CypherStatement.Of(GraphCypher.ClearArticleTags, ("ids", articles.Select(a => a["id"]).ToList()), tx));
        return new WritePlan(statements, articles.Count, eventOrder.Count);
    }

    internal static Dictionary<string, object?> ActorRow(Actor actor, string articleId) => new()
    {
        ["article"] = articleId,
        ["id"] = actor.Id,
        ["name"] = actor.Name,
        ["kind"] = actor.Kind.ToString(),
        ["country"] = actor.Country,
        ["role"] = actor.Role,
        ["aliases"] = actor.Aliases.IsDefault ? [] : actor.Aliases.ToArray(),
    };

    internal static Dictionary<string, object?> EventRow(Event e, string key, string articleId)
    {
        var info = e.Info;
        return new()
        {
            ["article"] = articleId,
            ["id"] = key,
            ["type"] = e.Type.ToString(),
            ["source"] = e.Source.Id,
            ["target"] = e.Target?.Id,
            ["date"] = e.Date.Iso,
            ["precision"] = e.Date.Precision.ToString().ToLowerInvariant(),
            ["place"] = e.Place,
            ["confidence"] = e.Confidence,
            ["alleged"] = e.Alleged,
            ["cameo"] = info.Cameo,
            ["goldstein"] = info.Goldstein,
            ["quad_class"] = (int)info.QuadClass,
        };
    }
}
