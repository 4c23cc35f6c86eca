using System.CommandLine;

namespace Graph.Cli.Hosting;

/// <summary>Options every command takes; they feed the configuration (highest precedence).</summary>
public sealed class GlobalOptions
{
    public Option<string?> Store { get; } = new("--store")
    {
        Description = "Where triples are stored: sqlite (embedded, default) or neo4j. Same as Graph:Store.",
        Recursive = true,
    };

    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The embedded store's file (default data/graph.db). Same as Graph:Sqlite:Path.",
        Recursive = true,
    };

    public Option<FileInfo?> ConfigFile { get; } = new("--config")
    {
        Description = "An extra JSON settings file, read after appsettings.json.",
        Recursive = true,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Set a configuration value, e.g. --set Graph:Neo4j:Url=http://localhost:7474 (repeatable).",
        Recursive = true,
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> LogLevel { get; } = new("--log-level")
    {
        Description = "Trace, Debug, Information, Warning (default), Error or None. Logs go to stderr.",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Store, Database, ConfigFile, Set, LogLevel];
}
