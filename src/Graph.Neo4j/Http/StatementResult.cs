using System.Text.Json;

namespace Graph.Neo4j.Http;

/// <summary>The rows and update counters one statement produced.</summary>
public sealed record StatementResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows, UpdateStats Stats)
{
    public JsonElement Single() => Rows.Count == 1 && Rows[0].Length == 1
        ? Rows[0][0]
        : throw new InvalidOperationException($"Expected one row with one column, got {Rows.Count} row(s).");
}

/// <summary>Neo4j's per-statement counters (the <c>stats</c> object of the HTTP API).</summary>
public sealed record UpdateStats(long NodesCreated, long NodesDeleted, long RelationshipsCreated, long RelationshipsDeleted, long PropertiesSet, long LabelsAdded, long IndexesAdded, long ConstraintsAdded)
{
    public static readonly UpdateStats None = new(0, 0, 0, 0, 0, 0, 0, 0);

    internal static UpdateStats Parse(JsonElement stats)
    {
        if (stats.ValueKind != JsonValueKind.Object) return None;
        long Get(string name) => stats.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        return new(Get("nodes_created"), Get("nodes_deleted"), Get("relationships_created"), Get("relationship_deleted"),
            Get("properties_set"), Get("labels_added"), Get("indexes_added"), Get("constraints_added"));
    }
}
