namespace Graph.Neo4j.Schema;

/// <summary>Which schema syntax a server understands.</summary>
public enum SchemaDialect
{
    /// <summary>3.x: <c>CREATE CONSTRAINT ON … ASSERT</c>, <c>CREATE INDEX ON :Label(prop)</c>; both are no-ops when present.</summary>
    Neo4j3,

    /// <summary>4.0–4.3: named, <c>IF NOT EXISTS</c>, but still <c>ON … ASSERT</c>.</summary>
    Neo4j4,

    /// <summary>4.4 and 5.x: <c>CREATE CONSTRAINT name IF NOT EXISTS FOR … REQUIRE</c>.</summary>
    Neo4j44AndLater,
}

/// <summary>
/// Uniqueness of actor, article and event ids, and indexes on event date and actor name, in each
/// dialect. Every statement is idempotent and runs in its own transaction: Neo4j refuses schema
/// and data changes in one transaction.
/// </summary>
public static class SchemaStatements
{
    public const string ActorIdConstraint3 = "CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE";
    public const string ArticleIdConstraint3 = "CREATE CONSTRAINT ON (a:Article) ASSERT a.id IS UNIQUE";
    public const string EventIdConstraint3 = "CREATE CONSTRAINT ON (e:Event) ASSERT e.id IS UNIQUE";
    public const string EventDateIndex3 = "CREATE INDEX ON :Event(date)";
    public const string ActorNameIndex3 = "CREATE INDEX ON :Actor(name)";

    public const string ActorIdConstraint4 = "CREATE CONSTRAINT actor_id IF NOT EXISTS ON (a:Actor) ASSERT a.id IS UNIQUE";
    public const string ArticleIdConstraint4 = "CREATE CONSTRAINT article_id IF NOT EXISTS ON (a:Article) ASSERT a.id IS UNIQUE";
    public const string EventIdConstraint4 = "CREATE CONSTRAINT event_id IF NOT EXISTS ON (e:Event) ASSERT e.id IS UNIQUE";

    public const string ActorIdConstraint = "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE";
    public const string ArticleIdConstraint = "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE";
    public const string EventIdConstraint = "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE";
    public const string EventDateIndex = "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)";
    public const string ActorNameIndex = "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)";

    public static SchemaDialect DialectFor(Version release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.Major switch
        {
            <= 3 => SchemaDialect.Neo4j3,
            4 when release.Minor < 4 => SchemaDialect.Neo4j4,
            _ => SchemaDialect.Neo4j44AndLater,
        };
    }

    public static IReadOnlyList<string> For(SchemaDialect dialect) => dialect switch
    {
        SchemaDialect.Neo4j3 => [ActorIdConstraint3, ArticleIdConstraint3, EventIdConstraint3, EventDateIndex3, ActorNameIndex3],
        SchemaDialect.Neo4j4 => [ActorIdConstraint4, ArticleIdConstraint4, EventIdConstraint4, EventDateIndex, ActorNameIndex],
        SchemaDialect.Neo4j44AndLater => [ActorIdConstraint, ArticleIdConstraint, EventIdConstraint, EventDateIndex, ActorNameIndex],
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown schema dialect."),
    };
}
