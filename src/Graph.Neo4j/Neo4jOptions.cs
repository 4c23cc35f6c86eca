using System.ComponentModel.DataAnnotations;

namespace Graph.Neo4j;

/// <summary>How to reach Neo4j over its HTTP API (section <c>Graph:Neo4j</c>, env <c>GRAPH__NEO4J__URL</c> and so on).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Graph:Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c>; endpoints are discovered from its root document.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Graph:Neo4j:Url is required, e.g. http://localhost:7474.")]
    public string Url { get; set; } = "http://localhost:7474";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Graph:Neo4j:User is required (usually neo4j).")]
    public string User { get; set; } = "neo4j";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Graph:Neo4j:Password is required: set GRAPH__NEO4J__PASSWORD or --set Graph:Neo4j:Password=...")]
    public string Password { get; set; } = "";

    /// <summary>The database on 4.x and 5.x servers; 3.x has a single database and ignores it.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Graph:Neo4j:Database is required (usually neo4j).")]
    public string Database { get; set; } = "neo4j";

    /// <summary>Most events sent in one transaction; an article is never split across two.</summary>
    /// <remarks>
    /// Measured on 3.1.1 (docs/cypher-cookbook.md, "Writing in batches"): server CPU per event falls
    /// about 5x from 250 to 2,000 and hardly at all beyond, while a bigger transaction holds more memory.
    /// </remarks>
    [Range(1, 10_000, ErrorMessage = "Graph:Neo4j:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 2000;

    /// <summary>How long one HTTP attempt may take before it counts as failed and is retried.</summary>
    [Range(1, 3600, ErrorMessage = "Graph:Neo4j:TimeoutSeconds must be between 1 and 3600.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries after a transient failure (connection refused, 5xx, Neo.TransientError.*) before giving up.</summary>
    [Range(0, 20, ErrorMessage = "Graph:Neo4j:MaxRetries must be between 0 and 20.")]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay; each further retry doubles it (with jitter).</summary>
    [Range(1, 60_000, ErrorMessage = "Graph:Neo4j:RetryDelayMilliseconds must be between 1 and 60000.")]
    public int RetryDelayMilliseconds { get; set; } = 200;

    internal static bool TryParseUrl(string? text, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }
        url = parsed;
        return true;
    }
}
