namespace Graph.Storage.Sqlite;

/// <summary>
/// The SQLite file cannot be used: it is not a database, it is damaged, or its location cannot be
/// written. Retrying will not help; the message names the path and what to do.
/// </summary>
public class SqliteStoreException : Exception
{
    public SqliteStoreException() { }

    public SqliteStoreException(string message) : base(message) { }

    public SqliteStoreException(string message, Exception innerException) : base(message, innerException) { }
}
