using System.ComponentModel.DataAnnotations;

namespace Graph.Storage.Sqlite;

public sealed class SqliteStoreOptions
{
    public const string Section = "Graph:Sqlite";

    /// <summary>The database file; relative paths are taken from the current directory. Its folder is created if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/graph.db";
}
