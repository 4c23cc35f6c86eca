using System.ComponentModel.DataAnnotations;

namespace Graph.Neo4j;

public sealed class Neo4jOptions
{
    public const string Section = "Graph:Neo4j";

    [Required(AllowEmptyStrings = false)]
    public string Url { get; set; } = "http://localhost:7474";

    [Required(AllowEmptyStrings = false)]
    public string User { get; set; } = "neo4j";

    [Required(AllowEmptyStrings = false)]
    public string Password { get; set; } = "";

    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "neo4j";

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 30;
}
