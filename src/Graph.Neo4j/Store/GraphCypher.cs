using System.Collections.Frozen;
using Graph.Domain.Actors;
using Graph.Domain.Events;

namespace Graph.Neo4j.Store;

/// <summary>
/// Every Cypher statement the store sends. Values always travel as parameters; the only names
/// spliced into text are relationship types and labels taken from the <see cref="EventType"/> and
/// <see cref="ActorKind"/> enums, because Cypher cannot parameterise either.
/// </summary>
/// <remarks>
/// A batch runs as one transaction of several statements. New articles are tagged with the
/// transaction's token (<c>_tx</c>) so that actors, events and mentions are written only for
/// articles this batch is adding: an article already stored changes nothing. Events created here
/// are tagged <c>_new</c> so their SOURCE_OF / TARGET links are made once, by the first report,
/// even when a later article names the two ends of a symmetric event the other way round.
/// Both tags are removed before commit.
/// <para>
/// Every lookup by id names its index (<c>USING INDEX</c>): once a graph holds data, Neo4j's
/// planner may otherwise scan the whole id index for each UNWIND row, which makes a batch quadratic.
/// The indexes come with the uniqueness constraints that <see cref="Schema.SchemaStatements"/> creates.
/// </para>
/// </remarks>
internal static class GraphCypher
{
    public const string MergeArticles = """
        UNWIND $articles AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a.title = row.title, a.published = row.published, a.source = row.source, a.url = row.url,
                      a.file = row.file, a.language = row.language, a.ingested_at = row.ingested_at, a._tx = $tx
        """;

    private const string MergeActorsTemplate = """
        UNWIND $actors AS row
        MATCH (art:Article {id: row.article}) USING INDEX art:Article(id) WHERE art._tx = $tx
        MERGE (a:Actor {id: row.id})
        ON CREATE SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.role = row.role, a.aliases = row.aliases
        ON MATCH SET a.country = coalesce(a.country, row.country), a.role = coalesce(a.role, row.role)
        {KIND_LABELS}
        """;

    /// <summary>Actors also carry their kind as a second label (:Actor:Person) so Browser styles can colour by kind.</summary>
    public static readonly string MergeActors = MergeActorsTemplate.Replace(
        "{KIND_LABELS}",
        string.Join("\n", Enum.GetValues<ActorKind>().Select(k => $"FOREACH (_ IN CASE WHEN row.kind = '{k}' THEN [1] ELSE [] END | SET a:{k})")),
        StringComparison.Ordinal);

    // Event properties are set once, by the first article; a later report may raise confidence,
    // withdraw "alleged" or supply a missing place (as Event.MergeWith does), never change date or ends.
    public const string MergeEvents = """
        UNWIND $events AS row
        MATCH (art:Article {id: row.article}) USING INDEX art:Article(id) WHERE art._tx = $tx
        MATCH (s:Actor {id: row.source}) USING INDEX s:Actor(id)
        OPTIONAL MATCH (t:Actor {id: row.target}) USING INDEX t:Actor(id)
        MERGE (e:Event {id: row.id})
        ON CREATE SET e.type = row.type, e.date = row.date, e.precision = row.precision, e.place = row.place,
                      e.confidence = row.confidence, e.alleged = row.alleged, e.cameo = row.cameo,
                      e.goldstein = row.goldstein, e.quad_class = row.quad_class, e._new = true
        ON MATCH SET e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
                     e.alleged = e.alleged AND row.alleged,
                     e.place = coalesce(e.place, row.place)
        FOREACH (_ IN CASE WHEN e._new THEN [1] ELSE [] END | MERGE (s)-[:SOURCE_OF]->(e))
        FOREACH (x IN CASE WHEN e._new AND t IS NOT NULL THEN [t] ELSE [] END | MERGE (e)-[:TARGET]->(x))
        """;

    public const string MergeMentions = """
        UNWIND $mentions AS row
        MATCH (art:Article {id: row.article}) USING INDEX art:Article(id) WHERE art._tx = $tx
        MATCH (e:Event {id: row.event}) USING INDEX e:Event(id)
        MERGE (e)-[r:REPORTED_IN {start: row.start, `end`: row.end}]->(art)
        ON CREATE SET r.sentence = row.sentence
        """;

    // The direct actor-to-actor relationship mirrors the event node (and follows its SOURCE_OF /
    // TARGET links), so it always points the way the first report did.
    private const string MergeTypedTemplate = """
        UNWIND $ids AS id
        MATCH (a:Actor)-[:SOURCE_OF]->(e:Event {id: id})-[:TARGET]->(b:Actor) USING INDEX e:Event(id)
        MERGE (a)-[r:{TYPE} {event_id: id}]->(b)
        SET r.date = e.date, r.precision = e.precision, r.cameo = e.cameo, r.goldstein = e.goldstein,
            r.confidence = e.confidence, r.alleged = e.alleged, r.place = e.place
        """;

    public static readonly FrozenDictionary<EventType, string> MergeTyped =
        Enum.GetValues<EventType>().ToFrozenDictionary(t => t, t => MergeTypedTemplate.Replace("{TYPE}", t.ToString(), StringComparison.Ordinal));

    public const string ClearNewEventTags = """
        UNWIND $ids AS id
        MATCH (e:Event {id: id}) USING INDEX e:Event(id) WHERE e._new
        REMOVE e._new
        """;

    public const string ClearArticleTags = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id}) USING INDEX a:Article(id) WHERE a._tx = $tx
        REMOVE a._tx
        RETURN a.id
        """;

    public const string ContainsArticle = "MATCH (a:Article {id: $id}) RETURN count(a) > 0";

    public const string CountArticles = "MATCH (a:Article) RETURN count(a)";
    public const string CountActors = "MATCH (a:Actor) RETURN count(a)";
    public const string CountEvents = "MATCH (e:Event) RETURN count(e)";
    public const string CountMentions = "MATCH (:Event)-[r:REPORTED_IN]->(:Article) RETURN count(r)";

    public const string ReadEvents = """
        MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)
        WHERE size($types) = 0 OR e.type IN $types
        OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
        OPTIONAL MATCH (e)-[m:REPORTED_IN]->(art:Article)
        RETURN e.id, e.type, e.date, e.place, e.confidence, e.alleged, s.id, t.id,
               collect(CASE WHEN m IS NULL THEN null ELSE [art.id, m.sentence, m.start, m.`end`] END)
        """;

    public const string ReadActors = "MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.country, a.role, a.aliases";

    public const string ReadArticles = "MATCH (a:Article) RETURN a.id, a.title, a.published, a.source, a.url, a.language, a.file";
}
