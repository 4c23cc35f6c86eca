namespace Graph.Storage.Sqlite;

/// <summary>
/// The schema as numbered migrations. A database records the versions it has; opening it applies
/// the missing ones in order, so later versions of the tool can add tables and columns safely.
/// </summary>
internal static class SqliteSchema
{
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            applied_at TEXT NOT NULL
        );
        """;

    public const string SelectVersion = "SELECT coalesce(max(version), 0) FROM schema_version;";

    public const string InsertVersion = "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at);";

    private const string V1 = """
        CREATE TABLE articles (
            id                 TEXT PRIMARY KEY,
            title              TEXT,
            published          TEXT,
            published_has_time INTEGER NOT NULL DEFAULT 0,
            source             TEXT,
            url                TEXT,
            language           TEXT,
            file               TEXT,
            text               TEXT NOT NULL,
            ingested_at        TEXT NOT NULL
        );
        CREATE TABLE actors (
            id      TEXT PRIMARY KEY,
            name    TEXT NOT NULL,
            kind    TEXT NOT NULL,
            country TEXT,
            role    TEXT,
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE events (
            key        TEXT PRIMARY KEY,
            source_id  TEXT NOT NULL REFERENCES actors(id),
            type       TEXT NOT NULL,
            target_id  TEXT REFERENCES actors(id),
            date       TEXT,
            precision  TEXT NOT NULL,
            date_start TEXT,
            date_end   TEXT,
            place      TEXT,
            confidence REAL NOT NULL,
            alleged    INTEGER NOT NULL,
            cameo      TEXT NOT NULL,
            goldstein  REAL NOT NULL,
            evidence   TEXT,
            first_seen TEXT NOT NULL
        );
        CREATE TABLE mentions (
            event_key  TEXT NOT NULL REFERENCES events(key),
            article_id TEXT NOT NULL REFERENCES articles(id),
            sentence   TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end   INTEGER NOT NULL,
            PRIMARY KEY (event_key, article_id, span_start)
        );
        CREATE INDEX ix_events_date_start ON events(date_start);
        CREATE INDEX ix_events_source_id ON events(source_id);
        CREATE INDEX ix_events_target_id ON events(target_id);
        CREATE INDEX ix_actors_name ON actors(name);
        CREATE INDEX ix_mentions_article_id ON mentions(article_id);
        """;

    /// <summary>Migration n brings the schema from version n-1 to n. Append only; never edit a shipped step.</summary>
    public static readonly IReadOnlyList<string> Migrations = [V1];

    public static int Latest => Migrations.Count;
}
