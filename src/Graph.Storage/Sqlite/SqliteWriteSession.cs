using Graph.Domain.Actors;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>
/// The store's writing connection, kept open between articles with its statements compiled once,
/// and the actors it has committed, so an actor seen in every article costs no lookup. Not thread-safe:
/// the store's write gate guards it.
/// </summary>
internal sealed class SqliteWriteSession(SqliteConnection connection) : IAsyncDisposable
{
    // Enough for every actor of a large corpus; beyond it the cache starts over rather than growing without bound.
    private const int MaxKnownActors = 100_000;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _knownActors = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>Actors as this session last committed them (the file may hold more, never less).</summary>
    public IReadOnlyDictionary<string, Actor> KnownActors => _knownActors;

    /// <summary>The compiled statement for <paramref name="sql"/>, bound to the transaction, with no parameters left from its last use.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction tx)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = tx;
        command.Parameters.Clear();
        return command;
    }

    public void Remember(IEnumerable<Actor> committed)
    {
        foreach (var actor in committed)
        {
            if (_knownActors.Count >= MaxKnownActors && !_knownActors.ContainsKey(actor.Id)) _knownActors.Clear();
            _knownActors[actor.Id] = actor;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await Connection.DisposeAsync();
    }
}
