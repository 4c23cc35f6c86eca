using Microsoft.Extensions.Logging;

namespace Graph.Neo4j.Http;

internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Connected to Neo4j {Version} at {Url} (transactions at {Endpoint})")]
    public static partial void Connected(ILogger logger, Uri url, string version, Uri endpoint);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Neo4j {Url}: retry {Attempt} of {MaxRetries} in {Delay} after: {Reason}")]
    public static partial void Retrying(ILogger logger, Uri url, int attempt, int maxRetries, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Neo4j {Url} unavailable after {Attempts} attempt(s): {Reason}")]
    public static partial void GaveUp(ILogger logger, Uri url, int attempts, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Neo4j schema ready ({Dialect} syntax, {Count} statement(s))")]
    public static partial void SchemaReady(ILogger logger, string dialect, int count);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug, Message = "Neo4j wrote {Articles} new article(s), {Events} event(s), {Mentions} mention(s), {Actors} actor(s) in one transaction")]
    public static partial void Wrote(ILogger logger, int articles, int events, int mentions, int actors);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Neo4j holds {What} '{Value}' that this version does not know; skipped")]
    public static partial void UnknownValue(ILogger logger, string what, string value);
}
