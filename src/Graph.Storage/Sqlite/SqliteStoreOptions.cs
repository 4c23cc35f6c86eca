using System.ComponentModel.DataAnnotations;

namespace Graph.Storage.Sqlite;

public sealed class SqliteStoreOptions
{
    public const string Section = "Graph:Sqlite";

    /// <summary>The database file; relative paths are taken from the current directory. Its folder is created if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/graph.db";

    /// <summary>How long a write waits for another process holding the file (another ingest, a worker) before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 30_000;
}
