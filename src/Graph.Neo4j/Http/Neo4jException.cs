using Graph.Storage.Abstractions;

namespace Graph.Neo4j.Http;

/// <summary>Neo4j refused a request: a Cypher error, a missing database, wrong credentials. Carries Neo4j's own status code.</summary>
public class Neo4jException : Exception
{
    public Neo4jException() : this("Neo.DatabaseError.General.UnknownError", "Neo4j reported an error.") { }

    public Neo4jException(string message) : this("Neo.DatabaseError.General.UnknownError", message) { }

    public Neo4jException(string message, Exception innerException) : base(message, innerException) => Code = "Neo.DatabaseError.General.UnknownError";

    public Neo4jException(string code, string message) : base(message) => Code = code;

    public Neo4jException(string code, string message, Exception? innerException) : base(message, innerException) => Code = code;

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>Neo4j marks errors that go away on retry (deadlocks, leader switch, database starting) as TransientError.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>
/// The server answered 401: the configured user or password is wrong. It is a
/// <see cref="StoreUnavailableException"/> because no article is at fault: callers keep their work
/// pending until the configuration is fixed, instead of failing every article they hold.
/// </summary>
public sealed class Neo4jAuthenticationException : StoreUnavailableException
{
    public const string UnauthorizedCode = "Neo.ClientError.Security.Unauthorized";

    public Neo4jAuthenticationException() : this(new Uri("http://localhost:7474")) { }

    public Neo4jAuthenticationException(string message) : base(message) { }

    public Neo4jAuthenticationException(string message, Exception innerException) : base(message, innerException) { }

    public Neo4jAuthenticationException(Uri url)
        : base($"wrong user or password for {url} (check Graph:Neo4j:User and Graph:Neo4j:Password).")
    {
        Url = url;
    }

    public Uri? Url { get; }

    /// <summary>Neo4j's status code for a refused login.</summary>
    public string Code => UnauthorizedCode;
}
