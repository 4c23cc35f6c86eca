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
/// A batch runs as one transaction in three round trips (<see cref="WritePlan"/>): the first merges the
/// articles and answers which ones it created; the second writes actors, events and mentions of
/// those only, so an article already stored changes nothing, and answers which events it created;
/// the third links those, once, and updates the typed relationship of the others.
/// <para>
/// Shape, for speed on 3.x (see docs/cypher-cookbook.md, "Writing in batches"): one row per actor
/// and per event (the client merges reports first), each statement does one kind of write, and
/// anything that hangs off a node this transaction created — links of a new event, mentions in a
/// new article — is CREATEd, not MERGEd, because it cannot exist yet. A MERGE of a relationship
/// costs a walk over the smaller end's relationships, and mixing MATCH, MERGE and FOREACH in one
/// statement makes the planner put Eager barriers in it. Nodes are found by MERGE on their id, one
/// per query part: rows nest (article > mentions, source > target > events) and each UNWIND starts a
/// new part. 3.1's cost planner, fed the statistics of a young graph, answered a MATCH by id with an
/// index scan, and two MATCHes in one part with index scans joined by value for every row (a plain
/// WITH between them did not stop it), which made a batch quadratic in the size of the graph; a
/// MERGE on a uniquely constrained property is always a unique-index seek, and here it never
/// creates: every node it names was written earlier in the transaction or before.
/// </para>
/// </remarks>
internal static class GraphCypher
{
    // The tag tells the articles this transaction created from those already stored; it never
    // outlives the statement. A concurrent writer of the same article waits on the MERGE's lock and
    // then finds it stored.
    public const string MergeArticles = """
        UNWIND $articles AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a += row.props, a._tx = $tx
        WITH a WHERE a._tx = $tx
        REMOVE a._tx
        RETURN a.id
        """;

    private const string MergeActorsTemplate = """
        UNWIND $actors AS row
        MERGE (a:Actor {id: row.id})
        ON CREATE SET a.name = row.name, a.kind = row.kind, a.country = row.country, a.role = row.role, a.aliases = row.aliases, a._tx = $tx
        ON MATCH SET a.country = coalesce(a.country, row.country), a.role = coalesce(a.role, row.role)
        SET a:{KIND}
        WITH a WHERE a._tx = $tx
        REMOVE a._tx
        RETURN a.id
        """;

    /// <summary>Actors also carry their kind as a second label (:Actor:Person) so Browser styles can colour by kind; one statement per kind.</summary>
    public static readonly FrozenDictionary<ActorKind, string> MergeActors =
        Enum.GetValues<ActorKind>().ToFrozenDictionary(k => k, k => MergeActorsTemplate.Replace("{KIND}", k.ToString(), StringComparison.Ordinal));

    // Event properties are set once, by the first article; a later report may raise confidence,
    // withdraw "alleged" or supply a missing place (as Event.MergeWith does), never change date or ends.
    public const string MergeEvents = """
        UNWIND $events AS row
        MERGE (e:Event {id: row.id})
        ON CREATE SET e += row.props, e._tx = $tx
        ON MATCH SET e.confidence = CASE WHEN row.props.confidence > e.confidence THEN row.props.confidence ELSE e.confidence END,
                     e.alleged = e.alleged AND row.props.alleged,
                     e.place = coalesce(e.place, row.props.place)
        WITH e WHERE e._tx = $tx
        REMOVE e._tx
        RETURN e.id
        """;

    // One row per article with its mentions. The article is new in this transaction, so none of
    // these can exist yet (the client drops repeats).
    public const string CreateMentions = """
        UNWIND $articles AS a
        MERGE (art:Article {id: a.id})
        WITH a, art
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
        MERGE (e:Event {id: id})
        WITH id, e
        MATCH (a:Actor)-[:SOURCE_OF]->(e)-[:TARGET]->(b:Actor)
        MERGE (a)-[r:{TYPE} {event_id: id}]->(b)
        SET r.date = e.date, r.precision = e.precision, r.cameo = e.cameo, r.goldstein = e.goldstein,
            r.confidence = e.confidence, r.alleged = e.alleged, r.place = e.place
        """;

    public static readonly FrozenDictionary<EventType, string> UpdateTyped =
        Enum.GetValues<EventType>().ToFrozenDictionary(t => t, t => UpdateTypedTemplate.Replace("{TYPE}", t.ToString(), StringComparison.Ordinal));

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
