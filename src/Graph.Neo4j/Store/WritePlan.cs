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
    public const int EventsIndex = 1;
    public const int MentionsIndex = 2;
    public const int FirstActorsIndex = 3;

    private WritePlan(IReadOnlyList<CypherStatement> statements, int articleCount, int eventCount, int actorStatements)
    {
        Statements = statements;
        ArticleCount = articleCount;
        EventCount = eventCount;
        ActorsIndexes = Enumerable.Range(FirstActorsIndex, actorStatements).ToArray();
    }

    public IReadOnlyList<CypherStatement> Statements { get; }

    public int ArticleCount { get; }

    public int EventCount { get; }

    /// <summary>The statements that merge actors, one per actor kind in the batch.</summary>
    public IReadOnlyList<int> ActorsIndexes { get; }

    /// <summary>The last statement returns the ids of the articles this transaction added.</summary>
    public int ClearArticleTagsIndex => Statements.Count - 1;

    public static WritePlan Build(IReadOnlyList<ArticleExtraction> extractions, DateTimeOffset now, string token)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var articles = new List<Dictionary<string, object?>>();
        var seenArticles = new HashSet<string>(StringComparer.Ordinal);
        // Per actor and per event: the first version seen and every batch article that names it, so
        // the server gets one row each and writes it if any of those articles is new.
        var actors = new Dictionary<string, (Actor Actor, List<string> Articles)>(StringComparer.Ordinal);
        var actorOrder = new List<string>();
        var merged = new Dictionary<string, (Event Event, List<string> Articles)>(StringComparer.Ordinal);
        var eventOrder = new List<string>();
        var mentionsByArticle = new List<Dictionary<string, object?>>();
        var seenMentions = new HashSet<(string, string, int, int)>();

        void AddActor(Actor actor, string articleId)
        {
            if (!actors.TryGetValue(actor.Id, out var known))
            {
                known = (actor, []);
                actors[actor.Id] = known;
                actorOrder.Add(actor.Id);
            }
            if (known.Articles.Count == 0 || known.Articles[^1] != articleId) known.Articles.Add(articleId);
        }

        foreach (var extraction in extractions)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            var article = extraction.Article;
            if (!seenArticles.Add(article.Id)) continue;
            articles.Add(new()
            {
                ["id"] = article.Id,
                ["props"] = new Dictionary<string, object?>
                {
                    ["title"] = article.Title,
                    ["published"] = article.Published is { } p
                        ? (article.PublishedHasTime ? p.ToString("o", CultureInfo.InvariantCulture) : p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        : null,
                    ["source"] = article.Source,
                    ["url"] = article.Url,
                    ["file"] = article.File,
                    ["language"] = article.Language,
                    ["ingested_at"] = now.ToString("o", CultureInfo.InvariantCulture),
                },
            });

            foreach (var actor in extraction.Actors)
            {
                AddActor(actor, article.Id);
            }

            var mentionRows = new List<Dictionary<string, object?>>();
            foreach (var e in extraction.Events)
            {
                // An event's ends are written with it even when the extractor left them out of the actor list.
                AddActor(e.Source, article.Id);
                if (e.Target is not null) AddActor(e.Target, article.Id);
                var key = e.Key;
                if (merged.TryGetValue(key, out var known))
                {
                    if (known.Articles[^1] != article.Id) known.Articles.Add(article.Id);
                    merged[key] = (known.Event.MergeWith(e), known.Articles);
                }
                else
                {
                    merged[key] = (e, [article.Id]);
                    eventOrder.Add(key);
                }
                // A mention belongs to the article being written, whatever id the extractor stamped on it.
                foreach (var m in e.Mentions)
                {
                    if (seenMentions.Add((key, article.Id, m.Span.Start, m.Span.End)))
                    {
                        mentionRows.Add(new()
                        {
                            ["event"] = key,
                            ["sentence"] = m.Sentence,
                            ["start"] = m.Span.Start,
                            ["end"] = m.Span.End,
                        });
                    }
                }
            }
            if (mentionRows.Count > 0)
            {
                mentionsByArticle.Add(new() { ["id"] = article.Id, ["mentions"] = mentionRows });
            }
        }

        var events = eventOrder.Select(key => (merged[key].Event, Row: EventRow(merged[key].Event, key, merged[key].Articles))).ToList();
        var eventRows = events.Select(e => e.Row).ToList();
        var tx = ("tx", (object?)token);
        var statements = new List<CypherStatement>
        {
            CypherStatement.Of(GraphCypher.MergeArticles, ("articles", articles), tx),
            CypherStatement.Of(GraphCypher.MergeEvents, ("events", eventRows), tx),
            CypherStatement.Of(GraphCypher.CreateMentions, ("articles", mentionsByArticle), tx),
        };
        var actorGroups = actorOrder.Select(id => actors[id]).GroupBy(a => a.Actor.Kind).OrderBy(g => g.Key).ToList();
        foreach (var group in actorGroups)
        {
            statements.Add(CypherStatement.Of(GraphCypher.MergeActors[group.Key], ("actors", group.Select(a => ActorRow(a.Actor, a.Articles)).ToList()), tx));
        }
        var withoutTarget = events.Where(e => e.Event.Target is null).ToList();
        if (withoutTarget.Count > 0)
        {
            var sources = withoutTarget.GroupBy(e => e.Event.Source.Id, StringComparer.Ordinal)
                .Select(g => new Dictionary<string, object?> { ["id"] = g.Key, ["events"] = g.Select(e => LinkRow(e.Row)).ToList() })
                .ToList();
            statements.Add(CypherStatement.Of(GraphCypher.CreateSourceLinks, ("sources", sources)));
        }
        var byType = events.Where(e => e.Event.Target is not null).GroupBy(e => e.Event.Type).OrderBy(g => g.Key).ToList();
        foreach (var group in byType)
        {
            statements.Add(CypherStatement.Of(GraphCypher.CreateLinks[group.Key], ("sources", NestBySourceAndTarget(group))));
        }
        foreach (var group in byType)
        {
            statements.Add(CypherStatement.Of(GraphCypher.UpdateTyped[group.Key], ("ids", group.Select(e => e.Row["id"]).ToList())));
        }
        statements.Add(CypherStatement.Of(GraphCypher.ClearNewEventTags, ("ids", eventOrder)));
        statements.Add(CypherStatement.Of(GraphCypher.ClearArticleTags, ("ids", articles.Select(a => a["id"]).ToList()), tx));
        return new WritePlan(statements, articles.Count, eventOrder.Count, actorGroups.Count);
    }

    /// <summary>Rows of one event type as source actor > target actor > events, in first-seen order.</summary>
    private static List<Dictionary<string, object?>> NestBySourceAndTarget(IEnumerable<(Event Event, Dictionary<string, object?> Row)> events) =>
        events.GroupBy(e => e.Event.Source.Id, StringComparer.Ordinal)
            .Select(bySource => new Dictionary<string, object?>
            {
                ["id"] = bySource.Key,
                ["targets"] = bySource.GroupBy(e => e.Event.Target!.Id, StringComparer.Ordinal)
                    .Select(byTarget => new Dictionary<string, object?> { ["id"] = byTarget.Key, ["events"] = byTarget.Select(e => LinkRow(e.Row)).ToList() })
                    .ToList(),
            })
            .ToList();

    // Links need only the event's id and what the typed relationship carries; the rest went with MergeEvents.
    private static Dictionary<string, object?> LinkRow(Dictionary<string, object?> eventRow) => new()
    {
        ["id"] = eventRow["id"],
        ["typed"] = eventRow["typed"],
    };

    internal static Dictionary<string, object?> ActorRow(Actor actor, IReadOnlyList<string> articleIds) => new()
    {
        ["articles"] = articleIds,
        ["id"] = actor.Id,
        ["name"] = actor.Name,
        ["kind"] = actor.Kind.ToString(),
        ["country"] = actor.Country,
        ["role"] = actor.Role,
        ["aliases"] = actor.Aliases.IsDefault ? [] : actor.Aliases.ToArray(),
    };

    internal static Dictionary<string, object?> EventRow(Event e, string key, IReadOnlyList<string> articleIds)
    {
        var info = e.Info;
        var date = e.Date.Iso;
        var precision = e.Date.Precision.ToString().ToLowerInvariant();
        var cameo = info.Cameo;
        var goldstein = info.Goldstein;
        return new()
        {
            ["articles"] = articleIds,
            ["id"] = key,
            ["source"] = e.Source.Id,
            ["target"] = e.Target?.Id,
            ["props"] = new Dictionary<string, object?>
            {
                ["type"] = e.Type.ToString(),
                ["date"] = date,
                ["precision"] = precision,
                ["place"] = e.Place,
                ["confidence"] = e.Confidence,
                ["alleged"] = e.Alleged,
                ["cameo"] = cameo,
                ["goldstein"] = goldstein,
                ["quad_class"] = (int)info.QuadClass,
            },
            // What the direct actor-to-actor relationship carries, so a new one is written in one step.
            ["typed"] = new Dictionary<string, object?>
            {
                ["date"] = date,
                ["precision"] = precision,
                ["cameo"] = cameo,
                ["goldstein"] = goldstein,
                ["confidence"] = e.Confidence,
                ["alleged"] = e.Alleged,
                ["place"] = e.Place,
            },
        };
    }
}
