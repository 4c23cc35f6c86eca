using System.Globalization;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Neo4j.Http;
using Graph.Storage.Abstractions;

namespace Graph.Neo4j.Store;

/// <summary>
/// The statements that write a batch of articles in one transaction, in three steps: the first
/// merges the articles and answers which of them this transaction created; the second writes the
/// events, mentions and actors of those articles only, so an article already stored changes
/// nothing, and answers which events it created; the third links the new events to their actors
/// and updates the typed relationship of events already stored. Reports of the same event across the batch are merged first (<see cref="Event.MergeWith"/>),
/// so every row of one event carries the same ends and properties.
/// </summary>
internal sealed class WritePlan
{
    // Statement positions in the second step, for reading results and counters back.
    public const int EventsIndex = 0;
    public const int MentionsIndex = 1;
    public const int FirstActorsIndex = 2;

    private readonly List<ArticleExtraction> extractions;

    private readonly string token;

    private WritePlan(CypherStatement articles, List<ArticleExtraction> extractions, string token)
    {
        Articles = articles;
        this.extractions = extractions;
        this.token = token;
    }

    /// <summary>The first step: merges the articles and returns the ids of those it created.</summary>
    public CypherStatement Articles { get; }

    /// <summary>Distinct articles in the batch.</summary>
    public int ArticleCount => extractions.Count;

    public static WritePlan Build(IReadOnlyList<ArticleExtraction> extractions, DateTimeOffset now, string token)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var distinct = new List<ArticleExtraction>();
        var seenArticles = new HashSet<string>(StringComparer.Ordinal);
        var articles = new List<Dictionary<string, object?>>();
        foreach (var extraction in extractions)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            var article = extraction.Article;
            if (!seenArticles.Add(article.Id)) continue;
            distinct.Add(extraction);
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
        }
        return new WritePlan(CypherStatement.Of(GraphCypher.MergeArticles, ("articles", articles), ("tx", token)), distinct, token);
    }

    /// <summary>The second step: what the articles the first step created bring with them.</summary>
    public ContentPlan ForNewArticles(IReadOnlyCollection<string> newArticleIds)
    {
        ArgumentNullException.ThrowIfNull(newArticleIds);
        var isNew = newArticleIds as IReadOnlySet<string> ?? newArticleIds.ToHashSet(StringComparer.Ordinal);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var actorOrder = new List<string>();
        var merged = new Dictionary<string, Event>(StringComparer.Ordinal);
        var eventOrder = new List<string>();
        var mentionsByArticle = new List<Dictionary<string, object?>>();
        var seenMentions = new HashSet<(string, string, int, int)>();
        // Which article brought each actor and event first, so what a batch created can be told per article.
        var actorBroughtBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var eventBroughtBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        string article = "";

        void AddActor(Actor actor)
        {
            if (actors.TryAdd(actor.Id, actor))
            {
                actorOrder.Add(actor.Id);
                actorBroughtBy.TryAdd(actor.Id, article);
            }
        }

        foreach (var extraction in extractions)
        {
            if (!isNew.Contains(extraction.Article.Id)) continue;
            article = extraction.Article.Id;
            foreach (var actor in extraction.Actors)
            {
                AddActor(actor);
            }

            var mentionRows = new List<Dictionary<string, object?>>();
            foreach (var e in extraction.Events)
            {
                // An event's ends are written with it even when the extractor left them out of the actor list.
                AddActor(e.Source);
                if (e.Target is not null) AddActor(e.Target);
                var key = e.Key;
                if (merged.TryGetValue(key, out var known))
                {
                    merged[key] = known.MergeWith(e);
                }
                else
                {
                    merged[key] = e;
                    eventOrder.Add(key);
                    eventBroughtBy[key] = article;
                }
                // A mention belongs to the article being written, whatever id the extractor stamped on it.
                foreach (var m in e.Mentions)
                {
                    if (seenMentions.Add((key, article, m.Span.Start, m.Span.End)))
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
                mentionsByArticle.Add(new() { ["id"] = article, ["mentions"] = mentionRows });
                mentionCounts[article] = mentionRows.Count;
            }
        }

        if (eventOrder.Count == 0 && actorOrder.Count == 0) return ContentPlan.Empty;
        var events = eventOrder.Select(key => (Event: merged[key], Row: EventRow(merged[key], key))).ToList();
        var statements = new List<CypherStatement>
        {
            CypherStatement.Of(GraphCypher.MergeEvents, ("events", events.Select(e => e.Row).ToList()), ("tx", token)),
            CypherStatement.Of(GraphCypher.CreateMentions, ("articles", mentionsByArticle)),
        };
        var actorGroups = actorOrder.Select(id => actors[id]).GroupBy(a => a.Kind).OrderBy(g => g.Key).ToList();
        foreach (var group in actorGroups)
        {
            statements.Add(CypherStatement.Of(GraphCypher.MergeActors[group.Key], ("actors", group.Select(ActorRow).ToList()), ("tx", token)));
        }
        return new ContentPlan(statements, events, Enumerable.Range(FirstActorsIndex, actorGroups.Count).ToArray(), actorBroughtBy, eventBroughtBy, mentionCounts);
    }

    /// <summary>Rows of one event type as source actor > target actor > events, in first-seen order.</summary>
    internal static List<Dictionary<string, object?>> NestBySourceAndTarget(IEnumerable<(Event Event, Dictionary<string, object?> Row)> events) =>
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
    internal static Dictionary<string, object?> LinkRow(Dictionary<string, object?> eventRow) => new()
    {
        ["id"] = eventRow["id"],
        ["typed"] = eventRow["typed"],
    };

    internal static Dictionary<string, object?> ActorRow(Actor actor) => new()
    {
        ["id"] = actor.Id,
        ["name"] = actor.Name,
        ["kind"] = actor.Kind.ToString(),
        ["country"] = actor.Country,
        ["role"] = actor.Role,
        ["aliases"] = actor.Aliases.IsDefault ? [] : actor.Aliases.ToArray(),
    };

    internal static Dictionary<string, object?> EventRow(Event e, string key)
    {
        var info = e.Info;
        var date = e.Date.Iso;
        var precision = e.Date.Precision.ToString().ToLowerInvariant();
        var cameo = info.Cameo;
        var goldstein = info.Goldstein;
        return new()
        {
            ["id"] = key,
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

/// <summary>The second step of a <see cref="WritePlan"/>, and from its answer the third.</summary>
internal sealed class ContentPlan(
    IReadOnlyList<CypherStatement> statements,
    IReadOnlyList<(Event Event, Dictionary<string, object?> Row)> events,
    IReadOnlyList<int> actorsIndexes,
    IReadOnlyDictionary<string, string> actorBroughtBy,
    IReadOnlyDictionary<string, string> eventBroughtBy,
    IReadOnlyDictionary<string, int> mentionCounts)
{
    public static readonly ContentPlan Empty = new([], [], [], new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, int>());

    /// <summary>Merges events (returning the ids of those created), creates mentions, merges actors.</summary>
    public IReadOnlyList<CypherStatement> Statements { get; } = statements;

    public int EventCount => events.Count;

    /// <summary>The statements that merge actors, one per actor kind.</summary>
    public IReadOnlyList<int> ActorsIndexes { get; } = actorsIndexes;

    /// <summary>
    /// What each new article added, from the ids of the events and actors the batch created: each is
    /// counted for the first new article that brought it, so the counts add up to the batch's.
    /// </summary>
    public Dictionary<string, StoreWriteResult> ResultsByArticle(IEnumerable<string> newArticles, IEnumerable<string> createdEvents, IEnumerable<string> createdActors)
    {
        var events = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in createdEvents)
        {
            if (eventBroughtBy.TryGetValue(id, out var by)) events[by] = events.GetValueOrDefault(by) + 1;
        }
        foreach (var id in createdActors)
        {
            if (actorBroughtBy.TryGetValue(id, out var by)) actors[by] = actors.GetValueOrDefault(by) + 1;
        }
        return newArticles.ToDictionary(
            a => a,
            a => new StoreWriteResult(true, events.GetValueOrDefault(a), mentionCounts.GetValueOrDefault(a), actors.GetValueOrDefault(a)),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The third step: a created event gets its SOURCE_OF / TARGET links and typed relationship,
    /// made once, by the first report, even when a later article names the ends of a symmetric event
    /// the other way round; an event already stored gets its typed relationship updated.
    /// </summary>
    public IReadOnlyList<CypherStatement> Links(IReadOnlyCollection<string> createdEventIds)
    {
        ArgumentNullException.ThrowIfNull(createdEventIds);
        var created = createdEventIds as IReadOnlySet<string> ?? createdEventIds.ToHashSet(StringComparer.Ordinal);
        var statements = new List<CypherStatement>();
        var fresh = events.Where(e => created.Contains((string)e.Row["id"]!)).ToList();
        var withoutTarget = fresh.Where(e => e.Event.Target is null).ToList();
        if (withoutTarget.Count > 0)
        {
            var sources = withoutTarget.GroupBy(e => e.Event.Source.Id, StringComparer.Ordinal)
                .Select(g => new Dictionary<string, object?> { ["id"] = g.Key, ["events"] = g.Select(e => WritePlan.LinkRow(e.Row)).ToList() })
                .ToList();
            statements.Add(CypherStatement.Of(GraphCypher.CreateSourceLinks, ("sources", sources)));
        }
        foreach (var group in fresh.Where(e => e.Event.Target is not null).GroupBy(e => e.Event.Type).OrderBy(g => g.Key))
        {
            statements.Add(CypherStatement.Of(GraphCypher.CreateLinks[group.Key], ("sources", WritePlan.NestBySourceAndTarget(group))));
        }
        var stored = events.Where(e => e.Event.Target is not null && !created.Contains((string)e.Row["id"]!));
        foreach (var group in stored.GroupBy(e => e.Event.Type).OrderBy(g => g.Key))
        {
            statements.Add(CypherStatement.Of(GraphCypher.UpdateTyped[group.Key], ("ids", group.Select(e => e.Row["id"]).ToList())));
        }
        return statements;
    }
}
