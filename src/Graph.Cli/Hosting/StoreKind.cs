namespace Graph.Cli.Hosting;

public enum StoreKind
{
    Sqlite,
    Neo4j,
}
