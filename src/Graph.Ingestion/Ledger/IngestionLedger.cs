using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Ledger;

/// <summary>
/// The worker's memory, in an embedded SQLite file: every article by content hash with its state,
/// source, attempts, last error and timestamps, plus each feed's validators and seen links.
/// An article is marked done only after the store has accepted it, so a crash in between leads
/// to one more (idempotent) write, never to a lost article.
/// </summary>
public sealed class IngestionLedger : IAsyncDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            first_seen INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            done_at INTEGER,
            events INTEGER
        );
        CREATE INDEX IF NOT EXISTS articles_state ON articles (state);
        CREATE INDEX IF NOT EXISTS articles_done_at ON articles (done_at);
        CREATE TABLE IF NOT EXISTS feeds (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            polled INTEGER
        );
        CREATE TABLE IF NOT EXISTS feed_items (
            feed TEXT NOT NULL,
            link TEXT NOT NULL,
            state TEXT NOT NULL,
            updated INTEGER NOT NULL,
            PRIMARY KEY (feed, link)
        );
        CREATE TABLE IF NOT EXISTS meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """;

    private const string SelectEntry =
        "SELECT id, state, source, title, attempts, last_error, first_seen, updated, done_at, events FROM articles";

    // Done is final: a later pending or failed mark for the same content must not undo it.
    private const string UpsertPending = """
        INSERT INTO articles (id, state, source, title, attempts, first_seen, updated)
        VALUES ($id, 'pending', $source, $title, 1, $now, $now)
        ON CONFLICT (id) DO UPDATE SET state = 'pending', source = excluded.source, title = excluded.title,
            attempts = attempts + 1, updated = excluded.updated
        WHERE state <> 'done'
        """;

    private const string UpdateDone =
        "UPDATE articles SET state = 'done', done_at = $now, updated = $now, events = $events, last_error = NULL WHERE id = $id";

    private const string UpsertFailed = """
        INSERT INTO articles (id, state, source, title, attempts, last_error, first_seen, updated)
        VALUES ($id, 'failed', $source, $title, 1, $error, $now, $now)
        ON CONFLICT (id) DO UPDATE SET state = 'failed', source = excluded.source, last_error = excluded.last_error,
            attempts = CASE WHEN state = 'pending' THEN attempts ELSE attempts + 1 END, updated = excluded.updated
        WHERE state <> 'done'
        """;

    private const string UpdateRetryError =
        "UPDATE articles SET last_error = $error, updated = $now WHERE id = $id AND state = 'pending'";

    private const string CountPending = "SELECT COUNT(*) FROM articles WHERE state = 'pending'";

    private const string CountByState = "SELECT state, COUNT(*) FROM articles GROUP BY state";

    private const string SelectLastSuccess = "SELECT MAX(done_at) FROM articles WHERE state = 'done'";

    private const string SelectLastError = SelectEntry + " WHERE last_error IS NOT NULL ORDER BY updated DESC LIMIT 1";

    private const string CountDoneSince = "SELECT COUNT(*) FROM articles WHERE done_at >= $since";

    private const string UpsertMeta = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    private const string SelectMeta = "SELECT value FROM meta WHERE key = $key";

    private const string SelectFeed = "SELECT etag, last_modified FROM feeds WHERE url = $url";

    private const string UpsertFeed = """
        INSERT INTO feeds (url, etag, last_modified, polled) VALUES ($url, $etag, $lm, $now)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled = excluded.polled
        """;

    private const string SelectFeedItem = "SELECT state FROM feed_items WHERE feed = $feed AND link = $link";

    private const string UpsertFeedItem = """
        INSERT INTO feed_items (feed, link, state, updated) VALUES ($feed, $link, $state, $now)
        ON CONFLICT (feed, link) DO UPDATE SET state = excluded.state, updated = excluded.updated
        """;

    private const string CountUnsettledFeedItems = "SELECT COUNT(*) FROM feed_items WHERE feed = $feed AND state = 'pending'";

    private const string HeartbeatKey = "heartbeat";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    // One connection, one statement at a time: each statement is a short transaction, far faster than extraction.
    private readonly SemaphoreSlim _gate = new(1, 1);
    // Prepared once per statement: compiling SQL costs more than running these tiny statements.
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private const int MaxUncommitted = 256;
    // Guarded by _gate: the transaction holding pending marks not yet committed, and how many.
    private SqliteTransaction? _open;
    private int _uncommitted;

    private IngestionLedger(SqliteConnection connection, TimeProvider time, string path)
    {
        _connection = connection;
        _time = time;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens (creating the file, its folder and the schema if needed) a ledger for the worker.</summary>
    public static async Task<IngestionLedger> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var busy = connection.CreateCommand())
            {
                busy.CommandText = "PRAGMA busy_timeout = 5000";
                await busy.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new IngestionLedger(connection, time, full);
    }

    /// <summary>Opens an existing ledger without changing it (for <c>graph status</c>); null when the file does not exist.</summary>
    public static async Task<IngestionLedger?> OpenReadOnlyAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full)) return null;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var busy = connection.CreateCommand();
            busy.CommandText = "PRAGMA busy_timeout = 5000";
            await busy.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new IngestionLedger(connection, time, full);
    }

    public Task<LedgerEntry?> GetAsync(string id, CancellationToken cancellationToken) =>
        WithCommandAsync(SelectEntry + " WHERE id = $id", async command =>
        {
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadEntry(reader) : null;
        }, cancellationToken);

    /// <summary>
    /// Records that work on the article starts (or starts again). The mark joins an open transaction
    /// that the next done, failed or retry mark commits, so a busy worker pays one commit per article,
    /// not two. Losing it in a crash loses nothing: the input is still in the inbox (or the feed item
    /// unfinished), so it is read again.
    /// </summary>
    /// <returns>False when the article is already done (and nothing changed): the caller skips it.</returns>
    public async Task<bool> MarkPendingAsync(string id, string source, string? title, CancellationToken cancellationToken) =>
        await ExecuteAsync(UpsertPending, cancellationToken, commit: false, ("$id", id), ("$source", source), ("$title", title), ("$now", Now())) > 0;

    public Task MarkDoneAsync(string id, int events, CancellationToken cancellationToken) =>
        MarkDoneAsync([(id, events)], cancellationToken);

    /// <summary>Marks a group of articles written in one store transaction done, in one ledger transaction.</summary>
    public Task MarkDoneAsync(IReadOnlyList<(string Id, int Events)> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var now = Now();
        return WithCommandAsync(UpdateDone, async command =>
        {
            foreach (var (id, events) in articles)
            {
                command.Parameters.Clear();
                AddParameters(command, [("$id", id), ("$events", events), ("$now", now)]);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await CommitOpenAsync();
            return articles.Count;
        }, cancellationToken, beginIfNone: true);
    }

    /// <summary>Records a permanent failure (unreadable input, extraction error); dropping the input again retries it.</summary>
    public Task MarkFailedAsync(string id, string source, string? title, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(UpsertFailed, cancellationToken, ("$id", id), ("$source", source), ("$title", title), ("$error", error), ("$now", Now()));

    /// <summary>Notes why the last attempt failed on an article that stays pending (store unreachable).</summary>
    public Task NoteRetryAsync(string id, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(UpdateRetryError, cancellationToken, ("$id", id), ("$error", error), ("$now", Now()));

    public Task<long> CountPendingAsync(CancellationToken cancellationToken) => ScalarAsync(CountPending, cancellationToken);

    /// <summary>Tells <c>graph status</c> the worker is alive even when there is nothing to do.</summary>
    public Task HeartbeatAsync(CancellationToken cancellationToken) =>
        ExecuteAsync(UpsertMeta, cancellationToken, ("$key", HeartbeatKey), ("$value", Now().ToString(CultureInfo.InvariantCulture)));

    public Task<(string? ETag, string? LastModified)> GetFeedValidatorsAsync(string url, CancellationToken cancellationToken) =>
        WithCommandAsync(SelectFeed, async command =>
        {
            command.Parameters.AddWithValue("$url", url);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
                : ((string?)null, (string?)null);
        }, cancellationToken);

    public Task SaveFeedValidatorsAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken) =>
        ExecuteAsync(UpsertFeed, cancellationToken, ("$url", url), ("$etag", etag), ("$lm", lastModified), ("$now", Now()));

    /// <summary>The state of a feed's linked page: null when never seen.</summary>
    public Task<LedgerState?> GetFeedItemAsync(string feed, string link, CancellationToken cancellationToken) =>
        WithCommandAsync(SelectFeedItem, async command =>
        {
            command.Parameters.AddWithValue("$feed", feed);
            command.Parameters.AddWithValue("$link", link);
            var value = await command.ExecuteScalarAsync(cancellationToken);
            return value is string s ? ParseState(s) : (LedgerState?)null;
        }, cancellationToken);

    public Task MarkFeedItemAsync(string feed, string link, LedgerState state, CancellationToken cancellationToken) =>
        ExecuteAsync(UpsertFeedItem, cancellationToken, ("$feed", feed), ("$link", link), ("$state", StateText(state)), ("$now", Now()));

    /// <summary>Links of the feed seen but not finished (e.g. the worker stopped): the feed must be read in full again, not answered by a 304.</summary>
    public Task<long> CountUnfinishedFeedItemsAsync(string feed, CancellationToken cancellationToken) =>
        ScalarAsync(CountUnsettledFeedItems, cancellationToken, ("$feed", feed));

    public async Task<LedgerStatus> ReadStatusAsync(CancellationToken cancellationToken)
    {
        long pending = 0, done = 0, failed = 0;
        await WithCommandAsync(CountByState, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = reader.GetInt64(1);
                switch (ParseState(reader.GetString(0)))
                {
                    case LedgerState.Pending: pending = count; break;
                    case LedgerState.Done: done = count; break;
                    case LedgerState.Failed: failed = count; break;
                }
            }
            return 0;
        }, cancellationToken);
        var lastSuccess = await ScalarAsync(SelectLastSuccess, cancellationToken);
        var lastError = await WithCommandAsync(SelectLastError, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadEntry(reader) : null;
        }, cancellationToken);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var last5 = await ScalarAsync(CountDoneSince, cancellationToken, ("$since", now - (long)TimeSpan.FromMinutes(5).TotalMilliseconds));
        var last15 = await ScalarAsync(CountDoneSince, cancellationToken, ("$since", now - (long)TimeSpan.FromMinutes(15).TotalMilliseconds));
        var beat = await WithCommandAsync(SelectMeta, async command =>
        {
            command.Parameters.AddWithValue("$key", HeartbeatKey);
            return await command.ExecuteScalarAsync(cancellationToken) as string;
        }, cancellationToken);
        DateTimeOffset? heartbeat = long.TryParse(beat, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
        return new LedgerStatus(pending, done, failed,
            lastSuccess > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(lastSuccess) : null,
            lastError, last5, last15, heartbeat);
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await CommitOpenAsync();
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }
            await _connection.DisposeAsync();
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    internal static string StateText(LedgerState state) => state switch
    {
        LedgerState.Pending => "pending",
        LedgerState.Done => "done",
        LedgerState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static LedgerState ParseState(string text) => text switch
    {
        "pending" => LedgerState.Pending,
        "done" => LedgerState.Done,
        "failed" => LedgerState.Failed,
        _ => throw new InvalidDataException($"Unknown ledger state '{text}'."),
    };

    private static LedgerEntry ReadEntry(SqliteDataReader r) => new(
        r.GetString(0),
        ParseState(r.GetString(1)),
        r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.GetInt32(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)),
        r.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)),
        r.IsDBNull(9) ? null : r.GetInt32(9));

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A state change, committed at once with whatever marks wait in the open transaction.</summary>
    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ExecuteAsync(sql, cancellationToken, commit: true, parameters);

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, bool commit, params (string Name, object? Value)[] parameters) =>
        WithCommandAsync(sql, async command =>
        {
            AddParameters(command, parameters);
            var changed = await command.ExecuteNonQueryAsync(cancellationToken);
            if (commit)
            {
                await CommitOpenAsync();
            }
            else if (++_uncommitted >= MaxUncommitted)
            {
                // Many starts and no finish (a burst of duplicates, a slow store): don't let the open transaction grow.
                await CommitOpenAsync();
            }
            return changed;
        }, cancellationToken, beginIfNone: !commit);

    /// <summary>Commits the marks waiting in the open transaction. Call with the gate held.</summary>
    private async Task CommitOpenAsync()
    {
        if (Interlocked.Exchange(ref _open, null) is not { } tx) return;
        _uncommitted = 0;
        // Once the statement ran, its effect must reach the file even if the caller gave up meanwhile.
        await tx.CommitAsync(CancellationToken.None);
        await tx.DisposeAsync();
    }

    private Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        WithCommandAsync(sql, async command =>
        {
            AddParameters(command, parameters);
            return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0L;
        }, cancellationToken);

    private static void AddParameters(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private async Task<T> WithCommandAsync<T>(string sql, Func<SqliteCommand, Task<T>> run, CancellationToken cancellationToken, bool beginIfNone = false)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = _connection.CreateCommand();
                command.CommandText = sql;
                _commands[sql] = command;
            }
            if (beginIfNone && _open is null)
            {
                _open = _connection.BeginTransaction(deferred: false);
            }
            // Reads on this connection see the uncommitted marks, so the worker never acts on stale state.
            command.Transaction = _open;
            command.Parameters.Clear();
            return await run(command);
        }
        finally
        {
            _gate.Release();
        }
    }
}
