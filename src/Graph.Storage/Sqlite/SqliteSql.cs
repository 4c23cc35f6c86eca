namespace Graph.Storage.Sqlite;

/// <summary>Every statement the store runs, parameterised; nothing is built from input text.</summary>
internal static class SqliteSql
{
    public const string ArticleExists = "SELECT 1 FROM articles WHERE id = @id;";

    public const string InsertArticle = """
        INSERT INTO articles (id, title, published, published_has_time, source, url, language, file, text, ingested_at)
        VALUES (@id, @title, @published, @has_time, @source, @url, @language, @file, @text, @at);
        """;

    public const string SelectActor = "SELECT name, kind, country, role, aliases FROM actors WHERE id = @id;";

    public const string InsertActor = """
        INSERT INTO actors (id, name, kind, country, role, aliases) VALUES (@id, @name, @kind, @country, @role, @aliases);
        """;

    public const string UpdateActor = "UPDATE actors SET country = @country, role = @role, aliases = @aliases WHERE id = @id;";

    public const string InsertEvent = """
        INSERT INTO events (key, source_id, type, target_id, date, precision, date_start, date_end, place,
                            confidence, alleged, cameo, goldstein, evidence, first_seen)
        VALUES (@key, @source, @type, @target, @date, @precision, @start, @end, @place,
                @confidence, @alleged, @cameo, @goldstein, @evidence, @at)
        ON CONFLICT (key) DO NOTHING;
        """;

    /// <summary>Another report of a known event: as <c>Event.MergeWith</c>, keep the higher confidence and the first place; alleged only while every report hedges.</summary>
    public const string MergeEvent = """
        UPDATE events
        SET confidence = max(confidence, @confidence),
            place = coalesce(place, @place),
            alleged = alleged AND @alleged,
            evidence = coalesce(evidence, @evidence)
        WHERE key = @key;
        """;

    public const string InsertMention = """
        INSERT INTO mentions (event_key, article_id, sentence, span_start, span_end)
        VALUES (@key, @article, @sentence, @start, @end)
        ON CONFLICT DO NOTHING;
        """;

    public const string Counts = """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors),
               (SELECT count(*) FROM events), (SELECT count(*) FROM mentions);
        """;

    /// <summary>Filters that are simple in SQL; the rest (actor kinds) is applied with <c>SnapshotFilter.Matches</c>.</summary>
    public const string SelectEvents = """
        SELECT key, source_id, type, target_id, date, place, confidence, alleged, evidence
        FROM events
        WHERE (@all_types OR type IN (SELECT value FROM json_each(@types)))
          AND (@actor IS NULL OR source_id = @actor OR target_id = @actor)
          AND (@dated_filter = 0
               OR (date_start IS NULL AND @undated)
               OR (date_start IS NOT NULL AND (@from IS NULL OR date_end >= @from) AND (@to IS NULL OR date_start <= @to)))
        ORDER BY date_start IS NULL, date_start, date_end, key;
        """;

    public const string SelectActorsByIds = """
        SELECT id, name, kind, country, role, aliases FROM actors
        WHERE id IN (SELECT value FROM json_each(@ids))
        ORDER BY id;
        """;

    public const string SelectMentionsByEventKeys = """
        SELECT event_key, article_id, sentence, span_start, span_end FROM mentions
        WHERE event_key IN (SELECT value FROM json_each(@keys))
        ORDER BY rowid;
        """;

    public const string SelectArticlesByIds = """
        SELECT id, title, published, published_has_time, source, url, language, file FROM articles
        WHERE id IN (SELECT value FROM json_each(@ids))
        ORDER BY published IS NULL, published, id;
        """;
}
