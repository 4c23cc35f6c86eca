using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Neo4j.Http;
using Graph.Neo4j.Schema;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j.Store;

/// <summary>
/// The graph in Neo4j, laid out for Browser users: (:Actor)-[:SOURCE_OF]->(:Event)-[:TARGET]->(:Actor),
/// a direct typed relationship between the two actors (MEET, PHONE_CALL, …) carrying date, CAMEO,
/// Goldstein and event id, and (:Event)-[:REPORTED_IN {sentence, start, end}]->(:Article) for every
/// sentence that reports the event. See docs/cypher-cookbook.md.
/// </summary>
public sealed class Neo4jGraphStore : IBatchGraphStore
{
    private readonly Neo4jClient client;
    private readonly Neo4jOptions options;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim schemaLock = new(1, 1);
    private volatile bool schemaReady;

    public Neo4jGraphStore(Neo4jClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.options = options.Value;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        this.time = time ?? TimeProvider.System;
    }

    public string Description => $"neo4j {client.Url} (database {options.Database})";

    public Neo4jClient Client => client;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
            schemaReady = true;
        }
        finally
        {
            schemaLock.Release();
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        var server = await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var dialect = SchemaStatements.DialectFor(server.Release);
        var statements = SchemaStatements.For(dialect);
        foreach (var statement in statements)
        {
            await client.ExecuteAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
        }
        Neo4jLog.SchemaReady(logger, dialect.ToString(), statements.Count);
    }

    public async Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return (await ((IBatchGraphStore)this).WriteBatchAsync([extraction], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// The worker's group commit: all the articles in one transaction, whatever
    /// <see cref="Neo4jOptions.BatchSize"/> says, all or none; an article repeated in the group is
    /// written once and reported unchanged the second time.
    /// </summary>
    async Task<IReadOnlyList<StoreWriteResult>> IBatchGraphStore.WriteBatchAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        if (extractions.Count == 0) return [];
        var (_, byArticle) = await WriteOneTransactionWithResultsAsync(extractions, cancellationToken).ConfigureAwait(false);
        var results = new StoreWriteResult[extractions.Count];
        for (var i = 0; i < extractions.Count; i++)
        {
            // Remove, so a repeat of the same article in the group reads as unchanged.
            results[i] = byArticle.Remove(extractions[i].Article.Id, out var result) ? result : StoreWriteResult.Unchanged;
        }
        return results;
    }

    /// <summary>
    /// Writes many articles, one transaction (one round trip) per group of at most
    /// <see cref="Neo4jOptions.BatchSize"/> events; an article is never split across two.
    /// </summary>
    public async Task<Neo4jBatchResult> WriteBatchAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var total = Neo4jBatchResult.Empty;
        var chunk = new List<ArticleExtraction>();
        var events = 0;
        foreach (var extraction in extractions)
        {
            ArgumentNullException.ThrowIfNull(extraction);
            if (chunk.Count > 0 && events + extraction.Events.Length > options.BatchSize)
            {
                total = total.Add(await WriteOneTransactionAsync(chunk, cancellationToken).ConfigureAwait(false));
                chunk = [];
                events = 0;
            }
            chunk.Add(extraction);
            events += extraction.Events.Length;
        }
        if (chunk.Count > 0)
        {
            total = total.Add(await WriteOneTransactionAsync(chunk, cancellationToken).ConfigureAwait(false));
        }
        return total;
    }

    public async Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        var result = await client.ExecuteAsync(CypherStatement.Of(GraphCypher.ContainsArticle, ("id", articleId)), cancellationToken).ConfigureAwait(false);
        return result.Single().GetBoolean();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        var results = await client.ExecuteAsync(
            [
                new CypherStatement(GraphCypher.CountArticles),
                new CypherStatement(GraphCypher.CountActors),
                new CypherStatement(GraphCypher.CountEvents),
                new CypherStatement(GraphCypher.CountMentions),
            ],
            cancellationToken).ConfigureAwait(false);
        return new StoreCounts(results[0].Single().GetInt64(), results[1].Single().GetInt64(), results[2].Single().GetInt64(), results[3].Single().GetInt64());
    }

    public async Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var types = filter.Types.Select(t => t.ToString()).ToList();
        var results = await client.ExecuteAsync(
            [
                new CypherStatement(GraphCypher.ReadActors),
                CypherStatement.Of(GraphCypher.ReadEvents, ("types", types)),
                new CypherStatement(GraphCypher.ReadArticles),
            ],
            cancellationToken).ConfigureAwait(false);

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var row in results[0].Rows)
        {
            if (ReadActor(row) is { } actor) actors[actor.Id] = actor;
        }

        var events = new List<Event>();
        foreach (var row in results[1].Rows)
        {
            if (ReadEvent(row, actors) is { } e && filter.Matches(e)) events.Add(e);
        }
        events.Sort((a, b) => a.Date.CompareTo(b.Date) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));

        var articles = results[2].Rows.Select(ReadArticle).OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();

        if (IsUnfiltered(filter))
        {
            return new GraphSnapshot([.. actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal)], events, articles);
        }
        var actorIds = events.SelectMany(e => e.Target is null ? [e.Source.Id] : new[] { e.Source.Id, e.Target.Id }).ToHashSet(StringComparer.Ordinal);
        var articleIds = events.SelectMany(e => e.Mentions.Select(m => m.ArticleId)).ToHashSet(StringComparer.Ordinal);
        return new GraphSnapshot(
            [.. actors.Values.Where(a => actorIds.Contains(a.Id)).OrderBy(a => a.Id, StringComparer.Ordinal)],
            events,
            [.. articles.Where(a => articleIds.Contains(a.Id))]);
    }

    public ValueTask DisposeAsync()
    {
        schemaLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Neo4jBatchResult> WriteOneTransactionAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken) =>
        (await WriteOneTransactionWithResultsAsync(extractions, cancellationToken).ConfigureAwait(false)).Total;

    private async Task<(Neo4jBatchResult Total, Dictionary<string, StoreWriteResult> ByArticle)> WriteOneTransactionWithResultsAsync(
        IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken)
    {
        // The writes seek by the id constraints, which come with the schema: make sure it is there.
        if (!schemaReady) await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var plan = WritePlan.Build(extractions, time.GetUtcNow(), Guid.NewGuid().ToString("N"));
        var content = ContentPlan.Empty;
        var steps = await client.ExecuteInStepsAsync(
            [plan.Articles],
            [
                articles => (content = plan.ForNewArticles(Ids(articles[0]))).Statements,
                written => content.Links(written.Count == 0 ? [] : Ids(written[WritePlan.EventsIndex])),
            ],
            cancellationToken).ConfigureAwait(false);
        var added = Ids(steps[0][0]);
        var written = steps[1];
        var createdEvents = written.Count == 0 ? [] : Ids(written[WritePlan.EventsIndex]);
        var createdActors = written.Count == 0 ? [] : content.ActorsIndexes.SelectMany(i => Ids(written[i])).ToHashSet(StringComparer.Ordinal);
        var total = new Neo4jBatchResult(
            added.Count,
            plan.ArticleCount - added.Count,
            createdEvents.Count,
            written.Count == 0 ? 0 : (int)written[WritePlan.MentionsIndex].Stats.RelationshipsCreated,
            createdActors.Count,
            1);
        Neo4jLog.Wrote(logger, total.ArticlesAdded, total.EventsAdded, total.MentionsAdded, total.ActorsAdded);
        return (total, content.ResultsByArticle(added, createdEvents, createdActors));
    }

    private static HashSet<string> Ids(StatementResult result) =>
        result.Rows.Select(r => r[0].GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static bool IsUnfiltered(SnapshotFilter f) =>
        f.From is null && f.To is null && f.Types.Count == 0 && f.ActorKinds.Count == 0 && f.ActorId is null;

    private Actor? ReadActor(JsonElement[] row)
    {
        if (Str(row[0]) is not { } id) return null;
        var kindText = Str(row[2]) ?? string.Empty;
        if (!Enum.TryParse<ActorKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            Neo4jLog.UnknownValue(logger, "actor kind", kindText);
            kind = ActorKind.Organization;
        }
        var aliases = row[5].ValueKind == JsonValueKind.Array
            ? row[5].EnumerateArray().Select(a => a.GetString()).OfType<string>().ToImmutableArray()
            : [];
        return new Actor(id, Str(row[1]) ?? id, kind, Str(row[3]), aliases, Str(row[4]));
    }

    private Event? ReadEvent(JsonElement[] row, Dictionary<string, Actor> actors)
    {
        var typeText = Str(row[1]) ?? string.Empty;
        if (!Enum.TryParse<EventType>(typeText, ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            Neo4jLog.UnknownValue(logger, "event type", typeText);
            return null;
        }
        if (Str(row[6]) is not { } sourceId || !actors.TryGetValue(sourceId, out var source)) return null;
        Actor? target = Str(row[7]) is { } targetId && actors.TryGetValue(targetId, out var t) ? t : null;
        if (!EventDate.TryParse(Str(row[2]), out var date))
        {
            Neo4jLog.UnknownValue(logger, "event date", Str(row[2]) ?? string.Empty);
            date = EventDate.Unknown;
        }
        var mentions = row[8].EnumerateArray()
            .Where(m => m.ValueKind == JsonValueKind.Array && m.GetArrayLength() == 4)
            .Select(m => new Mention(Str(m[0]) ?? string.Empty, Str(m[1]) ?? string.Empty, new TextSpan(Int(m[2]), Int(m[3]))))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Span.Start)
            .ToImmutableArray();
        var confidence = row[4].ValueKind == JsonValueKind.Number ? row[4].GetDouble() : 0;
        var alleged = row[5].ValueKind == JsonValueKind.True;
        return new Event(source, type, target, date, Str(row[3]), confidence, alleged, mentions);
    }

    private static ArticleInfo ReadArticle(JsonElement[] row)
    {
        DateTimeOffset? published = Str(row[2]) is { } p
            && DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return new ArticleInfo(Str(row[0]) ?? string.Empty, Str(row[1]), published, Str(row[3]), Str(row[4]), Str(row[5]), Str(row[6]));
    }

    private static string? Str(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static int Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 0;
}
