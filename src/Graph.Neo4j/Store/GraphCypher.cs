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
/// are tagged <c>_new</c> so their SOURCE_OF / TARGET links and typed relationship are made once, by
/// the first report, even when a later article names the two ends of a symmetric event the other way
/// round. Both tags are removed before commit.
/// <para>
/// Shape, for speed on 3.x (see docs/cypher-cookbook.md, "Writing in batches"): one row per actor
/// and per event (the client merges reports first), each statement does one kind of write, and
/// anything that hangs off a node this transaction created — links of a new event, mentions in a
/// new article — is CREATEd, not MERGEd, because it cannot exist yet. A MERGE of a relationship
/// costs a walk over the smaller end's relationships, and mixing MATCH, MERGE and FOREACH in one
/// statement makes the planner put Eager barriers in it. Lookups by id name their index, and
/// no MATCH looks up two nodes: rows nest (article > mentions, source > target > events) and each
/// UNWIND starts a new part of the plan. Planned together against a filled database, 3.1 turned two
/// look-ups into index scans joined by value for every row — a plain WITH between them does not stop
/// it — which made a batch quadratic in the size of the graph. For the same reason the test of an
/// article's transaction tag sits in a WITH after the look-up: next to an index hint, it made 3.1
/// scan the index instead of seeking in it.
/// </para>
/// </remarks>
internal static class GraphCypher
{
    public const string MergeArticles = """
        UNWIND $articles AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a += row.props, a._tx = $tx
        """;

    // One row per actor, with the batch's articles that name it; written only if one of those is new.
    private const string MergeActorsTemplate = """
        UNWIND $actors AS row
        MATCH (art:Article) USING INDEX art:Article(id) WHERE art.id IN row.articles
        WITH row, art WHERE art._tx = $tx
        WITH DISTINCT row
        MERGE (a:Actor {id: row.id})
        ON CREATE SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.role = row.role, a.aliases = row.aliases
        ON MATCH SET a.country = coalesce(a.country, row.country), a.role = coalesce(a.role, row.role)
        SET a:{KIND}
        """;

    /// <summary>Actors also carry their kind as a second label (:Actor:Person) so Browser styles can colour by kind; one statement per kind.</summary>
    public static readonly FrozenDictionary<ActorKind, string> MergeActors =
        Enum.GetValues<ActorKind>().ToFrozenDictionary(k => k, k => MergeActorsTemplate.Replace("{KIND}", k.ToString(), StringComparison.Ordinal));

    // Event properties are set once, by the first article; a later report may raise confidence,
    // withdraw "alleged" or supply a missing place (as Event.MergeWith does), never change date or ends.
    public const string MergeEvents = """
        UNWIND $events AS row
        MATCH (art:Article) USING INDEX art:Article(id) WHERE art.id IN row.articles
        WITH row, art WHERE art._tx = $tx
        WITH DISTINCT row
        MERGE (e:Event {id: row.id})
        ON CREATE SET e += row.props, e._new = true
        ON MATCH SET e.confidence = CASE WHEN row.props.confidence > e.confidence THEN row.props.confidence ELSE e.confidence END,
                     e.alleged = e.alleged AND row.props.alleged,
                     e.place = coalesce(e.place, row.props.place)
        """;

    // One row per article with its mentions. The article is new in this transaction, so none of
    // these can exist yet (the client drops repeats).
    public const string CreateMentions = """
        UNWIND $articles AS a
        MERGE (art:Article {id: a.id})
        WITH a, art WHERE art._tx = $tx
        UNWIND a.mentions AS row
        MERGE (e:Event {id: row.event})
        CREATE (e)-[:REPORTED_IN {sentence: row.sentence, start: row.start, `end`: row.end}]->(art)
        """;

    // One row per source actor with its events that have no target.
    public const string CreateSourceLinks = """
        UNWIND $sources AS src
        MERGE (s:Actor {id: src.id})
        WITH src, s
        UNWIND src.events AS row
        MERGE (e:Event {id: row.id})
        WITH s, e WHERE e._new
        CREATE (s)-[:SOURCE_OF]->(e)
        """;

    // A new event's two ends and the direct actor-to-actor relationship, which mirrors the event node.
    // Rows nest source actor > target actor > events, so each actor is looked up once per batch.
    private const string CreateLinksTemplate = """
        UNWIND $sources AS src
        MERGE (s:Actor {id: src.id})
        WITH src, s
        UNWIND src.targets AS tgt
        MERGE (t:Actor {id: tgt.id})
        WITH s, tgt, t
        UNWIND tgt.events AS row
        MERGE (e:Event {id: row.id})
        WITH s, t, row, e WHERE e._new
        CREATE (s)-[:SOURCE_OF]->(e)-[:TARGET]->(t)
        CREATE (s)-[r:{TYPE} {event_id: row.id}]->(t)
        SET r += row.typed
        """;

    public static readonly FrozenDictionary<EventType, string> CreateLinks =
        Enum.GetValues<EventType>().ToFrozenDictionary(t => t, t => CreateLinksTemplate.Replace("{TYPE}", t.ToString(), StringComparison.Ordinal));

    // An event already stored keeps its links; its typed relationship follows what a later report changed.
    // The relationship follows the event's SOURCE_OF / TARGET links, so it points the way the first report did.
    private const string UpdateTypedTemplate = """
        UNWIND $ids AS id
        MATCH (a:Actor)-[:SOURCE_OF]->(e:Event {id: id})-[:TARGET]->(b:Actor) USING INDEX e:Event(id)
        WHERE NOT exists(e._new)
        MERGE (a)-[r:{TYPE} {event_id: id}]->(b)
        SET r.date = e.date, r.precision = e.precision, r.cameo = e.cameo, r.goldstein = e.goldstein,
            r.confidence = e.confidence, r.alleged = e.alleged, r.place = e.place
        """;

    public static readonly FrozenDictionary<EventType, string> UpdateTyped =
        Enum.GetValues<EventType>().ToFrozenDictionary(t => t, t => UpdateTypedTemplate.Replace("{TYPE}", t.ToString(), StringComparison.Ordinal));

    public const string ClearNewEventTags = """
        UNWIND $ids AS id
        MATCH (e:Event {id: id}) USING INDEX e:Event(id) WHERE e._new
        REMOVE e._new
        """;

    public const string ClearArticleTags = """
        UNWIND $ids AS id
        MATCH (a:Article {id: id}) USING INDEX a:Article(id)
        WITH a WHERE a._tx = $tx
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
