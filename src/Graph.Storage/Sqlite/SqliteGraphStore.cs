using System.Collections.Immutable;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each article is written in one transaction,
/// idempotently by article id and event key. Writes are serialised inside the store, so callers
/// may write from several threads; reads run alongside them.
/// </summary>
public sealed partial class SqliteGraphStore : IBatchGraphStore
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private static readonly Lazy<bool> Runtime = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly TimeProvider _time;
    private volatile bool _initialized;
    // Guarded by _writeGate: one long-lived connection with its statements compiled once, instead of a
    // pooled connection, its pragmas and a dozen freshly compiled statements for every article.
    private SqliteWriteSession? _writer;
    private int _disposed;
    // Guarded by _writeGate. Checkpoints (copying the WAL into the file, each with two fsyncs) run beside
    // the writer instead of inside whichever commit crosses SQLite's threshold: that wait was a third of
    // the cost of a group of articles.
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(250);
    private Task _checkpoint = Task.CompletedTask;
    private long _lastCheckpoint;

    public SqliteGraphStore(IOptions<SqliteStoreOptions> options, ILogger<SqliteGraphStore>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = Runtime.Value;
        var o = options.Value;
        Path = System.IO.Path.GetFullPath(o.Path);
        DisplayPath = o.Path;
        _busyTimeoutMs = o.BusyTimeoutMilliseconds;
        _logger = logger ?? NullLogger<SqliteGraphStore>.Instance;
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, _busyTimeoutMs / 1000),
        }.ToString();
    }

    /// <summary>A store on the given file, for tools and tests that do not use a host.</summary>
    public static SqliteGraphStore Open(string path, TimeProvider? time = null) =>
        new(Options.Create(new SqliteStoreOptions { Path = path }), time: time);

    /// <summary>The database file, absolute.</summary>
    public string Path { get; }

    /// <summary>The path as configured (relative paths stay relative), for messages.</summary>
    public string DisplayPath { get; }

    public string Description => $"sqlite {DisplayPath}";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized) return;
        await _initGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized) return;
            CreateFolder();
            await using var connection = await OpenAsync(cancellationToken);
            await Guard(async () =>
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
                // IMMEDIATE: two processes opening a fresh file at once must not both run the same migration.
                await using var tx = connection.BeginTransaction(deferred: false);
                await ExecuteAsync(connection, SqliteSchema.CreateVersionTable, cancellationToken, tx);
                await using var versionCommand = Command(connection, SqliteSchema.SelectVersion, tx);
                var current = Convert.ToInt32(await versionCommand.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                if (current > SqliteSchema.Latest)
                {
                    throw new SqliteStoreException(
                        $"{DisplayPath}: the database has schema version {current}, newer than this version of graph understands ({SqliteSchema.Latest}); upgrade graph or use another file (--db).");
                }
                for (var version = current + 1; version <= SqliteSchema.Latest; version++)
                {
                    await ExecuteAsync(connection, SqliteSchema.Migrations[version - 1], cancellationToken, tx);
                    await using var insert = Command(connection, SqliteSchema.InsertVersion, tx);
                    insert.Parameters.AddWithValue("@version", version);
                    insert.Parameters.AddWithValue("@at", Now());
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    LogMigrated(_logger, DisplayPath, version);
                }
                await tx.CommitAsync(cancellationToken);
            });
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return (await WriteBatchAsync([extraction], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<StoreWriteResult>> WriteBatchAsync(IReadOnlyList<ArticleExtraction> extractions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        if (extractions.Count == 0) return [];
        await InitializeAsync(cancellationToken);
        // SQLite has one writer at a time; queueing here is cheaper and fairer than busy retries.
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var writer = _writer ??= await OpenWriterAsync(cancellationToken);
            try
            {
                var results = await Guard(() => WriteCoreAsync(writer, extractions, cancellationToken));
                StartCheckpointIfDue();
                return results;
            }
            catch
            {
                // After any failure start afresh: the file may have been replaced, made read-only or repaired meanwhile.
                _writer = null;
                await writer.DisposeAsync();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<IReadOnlyList<StoreWriteResult>> WriteCoreAsync(SqliteWriteSession writer, IReadOnlyList<ArticleExtraction> extractions, CancellationToken ct)
    {
        // IMMEDIATE takes the write lock up front, so another process writing the file waits (busy timeout) instead of failing mid-way.
        await using var tx = writer.Connection.BeginTransaction(deferred: false);
        var results = new StoreWriteResult[extractions.Count];
        var written = new List<Actor>();
        var now = Now();
        for (var i = 0; i < extractions.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(extractions[i]);
            results[i] = await WriteArticleAsync(writer, tx, extractions[i], now, written, ct);
        }
        await tx.CommitAsync(ct);
        // Only what is committed may be remembered: a rolled-back actor must be looked up again.
        writer.Remember(written);
        for (var i = 0; i < extractions.Count; i++)
        {
            if (results[i].ArticleAdded) LogWrote(_logger, extractions[i].Article.Id, results[i].EventsAdded, results[i].MentionsAdded, results[i].ActorsAdded);
        }
        return results;
    }

    /// <param name="written">Actors written in this transaction so far, remembered once it commits.</param>
    private static async Task<StoreWriteResult> WriteArticleAsync(SqliteWriteSession writer, SqliteTransaction tx, ArticleExtraction extraction, string now, List<Actor> written, CancellationToken ct)
    {
        var article = extraction.Article;
        var exists = writer.Command(SqliteSql.ArticleExists, tx);
        exists.Parameters.AddWithValue("@id", article.Id);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return StoreWriteResult.Unchanged;
        }

        var insertArticle = writer.Command(SqliteSql.InsertArticle, tx);
        var p = insertArticle.Parameters;
        p.AddWithValue("@id", article.Id);
        p.AddWithValue("@title", Db(article.Title));
        p.AddWithValue("@published", Db(FormatPublished(article.Published, article.PublishedHasTime)));
        p.AddWithValue("@has_time", article.PublishedHasTime);
        p.AddWithValue("@source", Db(article.Source));
        p.AddWithValue("@url", Db(article.Url));
        p.AddWithValue("@language", Db(article.Language));
        p.AddWithValue("@file", Db(article.File));
        p.AddWithValue("@text", article.Text);
        p.AddWithValue("@at", now);
        await insertArticle.ExecuteNonQueryAsync(ct);

        var actorsAdded = 0;
        foreach (var actor in MergeActors(extraction.Events))
        {
            // An actor this store wrote already, with nothing new to add, needs no round trip.
            if (writer.KnownActors.TryGetValue(actor.Id, out var known) && SameRecord(Merge(known, actor), known))
            {
                continue;
            }
            var (added, stored) = await UpsertActorAsync(writer, tx, actor, ct);
            actorsAdded += added ? 1 : 0;
            written.Add(stored);
        }

        int eventsAdded = 0, mentionsAdded = 0;
        var insertMention = writer.Command(SqliteSql.InsertMention, tx);
        foreach (var e in ArticleExtraction.Deduplicate(extraction.Events))
        {
            eventsAdded += await UpsertEventAsync(writer, tx, e, now, ct) ? 1 : 0;
            foreach (var m in e.Mentions)
            {
                var mp = insertMention.Parameters;
                mp.AddWithValue("@key", e.Key);
                // The mentions written with an article are that article's, whatever id the extractor stamped.
                mp.AddWithValue("@article", article.Id);
                mp.AddWithValue("@sentence", m.Sentence);
                mp.AddWithValue("@start", m.Span.Start);
                mp.AddWithValue("@end", m.Span.End);
                mentionsAdded += await insertMention.ExecuteNonQueryAsync(ct);
                mp.Clear();
            }
        }
        return new StoreWriteResult(true, eventsAdded, mentionsAdded, actorsAdded);
    }

    /// <summary>One record per actor id, the fullest the extraction offers.</summary>
    private static IEnumerable<Actor> MergeActors(IEnumerable<Event> events)
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var actor in events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target }))
        {
            if (byId.TryGetValue(actor.Id, out var seen))
            {
                byId[actor.Id] = Merge(seen, actor);
            }
            else
            {
                byId[actor.Id] = actor;
                order.Add(actor.Id);
            }
        }
        return order.Select(id => byId[id]);
    }

    /// <summary>Keeps what is known: name and kind stay, missing country and role are filled, aliases are unioned.</summary>
    private static Actor Merge(Actor known, Actor other) => known with
    {
        Country = known.Country ?? other.Country,
        Role = known.Role ?? other.Role,
        Aliases = [.. known.Aliases.Concat(other.Aliases).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal)],
    };

    private static bool SameRecord(Actor merged, Actor stored) =>
        merged.Country == stored.Country && merged.Role == stored.Role && merged.Aliases.SequenceEqual(stored.Aliases);

    /// <returns>Whether the actor is new, and the record now in the file.</returns>
    private static async Task<(bool Added, Actor Stored)> UpsertActorAsync(SqliteWriteSession writer, SqliteTransaction tx, Actor actor, CancellationToken ct)
    {
        Actor? stored = null;
        var select = writer.Command(SqliteSql.SelectActor, tx);
        select.Parameters.AddWithValue("@id", actor.Id);
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                stored = new Actor(actor.Id, reader.GetString(0), Enum.Parse<ActorKind>(reader.GetString(1)),
                    NullableString(reader, 2), Aliases(reader.GetString(4)), NullableString(reader, 3));
            }
        }
        if (stored is null)
        {
            var aliases = actor.Aliases.IsDefault ? [] : actor.Aliases;
            var insert = writer.Command(SqliteSql.InsertActor, tx);
            var p = insert.Parameters;
            p.AddWithValue("@id", actor.Id);
            p.AddWithValue("@name", actor.Name);
            p.AddWithValue("@kind", actor.Kind.ToString());
            p.AddWithValue("@country", Db(actor.Country));
            p.AddWithValue("@role", Db(actor.Role));
            p.AddWithValue("@aliases", JsonSerializer.Serialize(aliases.ToArray()));
            await insert.ExecuteNonQueryAsync(ct);
            return (true, actor with { Aliases = aliases });
        }
        var merged = Merge(stored, actor);
        if (!SameRecord(merged, stored))
        {
            var update = writer.Command(SqliteSql.UpdateActor, tx);
            update.Parameters.AddWithValue("@id", actor.Id);
            update.Parameters.AddWithValue("@country", Db(merged.Country));
            update.Parameters.AddWithValue("@role", Db(merged.Role));
            update.Parameters.AddWithValue("@aliases", JsonSerializer.Serialize(merged.Aliases.ToArray()));
            await update.ExecuteNonQueryAsync(ct);
        }
        return (false, merged);
    }

    private static async Task<bool> UpsertEventAsync(SqliteWriteSession writer, SqliteTransaction tx, Event e, string now, CancellationToken ct)
    {
        var info = e.Type.Info();
        var evidence = e.Evidence is null ? null : JsonSerializer.Serialize(new StoredEvidence(e.Evidence.Cue, e.Evidence.Rule, [.. e.Evidence.Resolutions]));
        var insert = writer.Command(SqliteSql.InsertEvent, tx);
        var p = insert.Parameters;
        p.AddWithValue("@key", e.Key);
        p.AddWithValue("@source", e.Source.Id);
        p.AddWithValue("@type", e.Type.ToString());
        p.AddWithValue("@target", Db(e.Target?.Id));
        p.AddWithValue("@date", Db(e.Date.Iso));
        p.AddWithValue("@precision", e.Date.Precision.ToString());
        p.AddWithValue("@start", Db(IsoDay(e.Date.Start)));
        p.AddWithValue("@end", Db(IsoDay(e.Date.End)));
        p.AddWithValue("@place", Db(e.Place));
        p.AddWithValue("@confidence", e.Confidence);
        p.AddWithValue("@alleged", e.Alleged);
        p.AddWithValue("@cameo", info.Cameo);
        p.AddWithValue("@goldstein", info.Goldstein);
        p.AddWithValue("@evidence", Db(evidence));
        p.AddWithValue("@at", now);
        if (await insert.ExecuteNonQueryAsync(ct) == 1)
        {
            return true;
        }
        var merge = writer.Command(SqliteSql.MergeEvent, tx);
        merge.Parameters.AddWithValue("@key", e.Key);
        merge.Parameters.AddWithValue("@confidence", e.Confidence);
        merge.Parameters.AddWithValue("@place", Db(e.Place));
        merge.Parameters.AddWithValue("@alleged", e.Alleged);
        merge.Parameters.AddWithValue("@evidence", Db(evidence));
        await merge.ExecuteNonQueryAsync(ct);
        return false;
    }

    public async Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(articleId);
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard(async () =>
        {
            await using var command = Command(connection, SqliteSql.ArticleExists);
            command.Parameters.AddWithValue("@id", articleId);
            return await command.ExecuteScalarAsync(cancellationToken) is not null;
        });
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard(async () =>
        {
            await using var command = Command(connection, SqliteSql.Counts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        });
    }

    public async Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await InitializeAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        // One read transaction so the events, actors and mentions come from the same moment.
        return await Guard(async () =>
        {
            await using var tx = connection.BeginTransaction(deferred: true);
            var rows = await ReadEventRowsAsync(connection, tx, filter, cancellationToken);
            var actorIds = rows.SelectMany(r => r.TargetId is null ? [r.SourceId] : new[] { r.SourceId, r.TargetId }).Distinct(StringComparer.Ordinal).ToList();
            var actors = await ReadActorsAsync(connection, tx, actorIds, cancellationToken);
            var mentions = await ReadMentionsAsync(connection, tx, rows.Select(r => r.Key).ToList(), cancellationToken);

            var events = new List<Event>(rows.Count);
            foreach (var row in rows)
            {
                if (!actors.TryGetValue(row.SourceId, out var source)) continue;
                Actor? target = null;
                if (row.TargetId is not null && !actors.TryGetValue(row.TargetId, out target)) continue;
                var e = new Event(source, row.Type, target, row.Date, row.Place, row.Confidence, row.Alleged,
                    mentions.TryGetValue(row.Key, out var list) ? [.. list] : [], row.Evidence);
                if (filter.Matches(e)) events.Add(e);
            }

            var usedActors = events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target })
                .DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var articleIds = events.SelectMany(e => e.Mentions).Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToList();
            var articles = await ReadArticlesAsync(connection, tx, articleIds, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            return new GraphSnapshot(usedActors, events, articles);
        });
    }

    private sealed record EventRow(string Key, string SourceId, EventType Type, string? TargetId, EventDate Date, string? Place, double Confidence, bool Alleged, Evidence? Evidence);

    private sealed record StoredEvidence(string Cue, string Rule, string[] Resolutions);

    private static async Task<List<EventRow>> ReadEventRowsAsync(SqliteConnection connection, SqliteTransaction tx, SnapshotFilter filter, CancellationToken ct)
    {
        await using var command = Command(connection, SqliteSql.SelectEvents, tx);
        var p = command.Parameters;
        p.AddWithValue("@all_types", filter.Types.Count == 0);
        p.AddWithValue("@types", JsonSerializer.Serialize(filter.Types.Select(t => t.ToString()).ToArray()));
        p.AddWithValue("@actor", Db(filter.ActorId));
        p.AddWithValue("@dated_filter", filter.From is not null || filter.To is not null);
        p.AddWithValue("@undated", filter.IncludeUndated);
        p.AddWithValue("@from", Db(IsoDay(filter.From)));
        p.AddWithValue("@to", Db(IsoDay(filter.To)));
        var rows = new List<EventRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // A type this version does not know (written by a newer one) is skipped rather than guessed.
            if (!Enum.TryParse<EventType>(reader.GetString(2), out var type) || !Enum.IsDefined(type)) continue;
            Evidence? evidence = null;
            if (NullableString(reader, 8) is { } json && JsonSerializer.Deserialize<StoredEvidence>(json) is { } stored)
            {
                evidence = new Evidence(stored.Cue, stored.Rule, [.. stored.Resolutions]);
            }
            rows.Add(new EventRow(reader.GetString(0), reader.GetString(1), type, NullableString(reader, 3),
                EventDate.Parse(NullableString(reader, 4)), NullableString(reader, 5), reader.GetDouble(6), reader.GetBoolean(7), evidence));
        }
        return rows;
    }

    private static async Task<Dictionary<string, Actor>> ReadActorsAsync(SqliteConnection connection, SqliteTransaction tx, List<string> ids, CancellationToken ct)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        await using var command = Command(connection, SqliteSql.SelectActorsByIds, tx);
        command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kind = Enum.TryParse<ActorKind>(reader.GetString(2), out var k) ? k : ActorKind.Group;
            var actor = new Actor(reader.GetString(0), reader.GetString(1), kind, NullableString(reader, 3), Aliases(reader.GetString(5)), NullableString(reader, 4));
            actors[actor.Id] = actor;
        }
        return actors;
    }

    private static async Task<Dictionary<string, List<Mention>>> ReadMentionsAsync(SqliteConnection connection, SqliteTransaction tx, List<string> keys, CancellationToken ct)
    {
        var byEvent = new Dictionary<string, List<Mention>>(StringComparer.Ordinal);
        await using var command = Command(connection, SqliteSql.SelectMentionsByEventKeys, tx);
        command.Parameters.AddWithValue("@keys", JsonSerializer.Serialize(keys));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.GetString(0);
            if (!byEvent.TryGetValue(key, out var list))
            {
                byEvent[key] = list = [];
            }
            list.Add(new Mention(reader.GetString(1), reader.GetString(2), new TextSpan(reader.GetInt32(3), reader.GetInt32(4))));
        }
        return byEvent;
    }

    private static async Task<List<ArticleInfo>> ReadArticlesAsync(SqliteConnection connection, SqliteTransaction tx, List<string> ids, CancellationToken ct)
    {
        var articles = new List<ArticleInfo>();
        await using var command = Command(connection, SqliteSql.SelectArticlesByIds, tx);
        command.Parameters.AddWithValue("@ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            articles.Add(new ArticleInfo(reader.GetString(0), NullableString(reader, 1), ParsePublished(NullableString(reader, 2)),
                NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6), NullableString(reader, 7), reader.GetBoolean(3)));
        }
        return articles;
    }

    public async ValueTask DisposeAsync()
    {
        // A container that registers the store under two types disposes it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _writeGate.WaitAsync();
        try
        {
            await _checkpoint;
            if (_writer is { } writer)
            {
                _writer = null;
                await writer.DisposeAsync();
            }
        }
        finally
        {
            _writeGate.Release();
        }
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        _writeGate.Dispose();
        _initGate.Dispose();
    }

    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SqliteStoreException($"{DisplayPath}: cannot create the folder {folder} for the SQLite store ({ex.Message.TrimEnd('.')}); choose a writable path with --db or Graph:Sqlite:Path.", ex);
        }
    }

    private async Task<SqliteWriteSession> OpenWriterAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        // A safety net only: the background checkpoint normally keeps the WAL far below this (64 MB).
        await ExecuteAsync(connection, "PRAGMA wal_autocheckpoint = 16384; PRAGMA cache_size = -32768;", ct);
        return new SqliteWriteSession(connection);
    }

    private void StartCheckpointIfDue()
    {
        if (!_checkpoint.IsCompleted || Stopwatch.GetElapsedTime(_lastCheckpoint) < CheckpointInterval) return;
        _lastCheckpoint = Stopwatch.GetTimestamp();
        _checkpoint = Task.Run(CheckpointAsync);
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            // PASSIVE never waits for the writer; what it cannot copy now, the next one will.
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(PASSIVE);", CancellationToken.None);
        }
        catch (Exception ex) when (ex is SqliteException or SqliteStoreException or IOException or InvalidOperationException)
        {
            LogCheckpointFailed(_logger, DisplayPath, ex.Message);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            // synchronous=NORMAL is the documented safe setting under WAL: a power cut may lose the last commit, never corrupt the file.
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = NORMAL;"), ct);
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw Translate(ex);
        }
    }

    /// <summary>Runs store work and turns SQLite's codes into messages a user can act on.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (SqliteException ex)
        {
            throw Translate(ex);
        }
    }

    private Task Guard(Func<Task> work) => Guard(async () =>
    {
        await work();
        return true;
    });

    private Exception Translate(SqliteException ex) => ex.SqliteErrorCode switch
    {
        SqliteNotADatabase => new SqliteStoreException($"{DisplayPath} is not a SQLite database ({ex.Message.TrimEnd('.')}); move it aside or choose another file with --db or Graph:Sqlite:Path.", ex),
        SqliteCorrupt => new SqliteStoreException($"{DisplayPath} is damaged ({ex.Message.TrimEnd('.')}); restore a backup or choose another file with --db or Graph:Sqlite:Path.", ex),
        SqliteReadOnly => new SqliteStoreException($"{DisplayPath} is read-only ({ex.Message.TrimEnd('.')}); the store needs to write there — choose a writable path with --db or Graph:Sqlite:Path.", ex),
        SqliteCantOpen => new SqliteStoreException($"{DisplayPath}: cannot open or create the database file ({ex.Message.TrimEnd('.')}); check that the location exists and is writable, or choose another with --db or Graph:Sqlite:Path.", ex),
        SqliteBusy or SqliteLocked => new StoreUnavailableException($"{DisplayPath} is busy: another process is holding it ({ex.Message.TrimEnd('.')}).", ex),
        _ => new SqliteStoreException($"{DisplayPath}: SQLite error {ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}.", ex),
    };

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var command = Command(connection, sql, tx);
        await command.ExecuteNonQueryAsync(ct);
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static object Db(object? value) => value ?? DBNull.Value;

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ImmutableArray<string> Aliases(string json) =>
        JsonSerializer.Deserialize<string[]>(json) is { } aliases ? [.. aliases] : [];

    /// <summary>A day without a time is stored as <c>YYYY-MM-DD</c>, so a reader can tell it from midnight.</summary>
    private static string? FormatPublished(DateTimeOffset? published, bool hasTime) => published switch
    {
        null => null,
        { } p when hasTime => p.ToString("O", CultureInfo.InvariantCulture),
        { } p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset? ParsePublished(string? text)
    {
        if (text is null) return null;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite store {Path}: background checkpoint failed ({Reason}); the next write tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite store {Path}: schema migrated to version {Version}")]
    private static partial void LogMigrated(ILogger logger, string path, int version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored article {ArticleId}: {Events} new events, {Mentions} new mentions, {Actors} new actors")]
    private static partial void LogWrote(ILogger logger, string articleId, int events, int mentions, int actors);
}
