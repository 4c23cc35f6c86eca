namespace Graph.Storage.Abstractions;

/// <summary>
/// The store cannot be reached right now (connection refused, server restarting, transient error).
/// Callers keep the work pending and retry later; nothing was written.
/// </summary>
public class StoreUnavailableException : Exception
{
    public StoreUnavailableException() { }

    public StoreUnavailableException(string message) : base(message) { }

    public StoreUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
