using Graph.Analysis.Actors;

namespace Graph.Analysis.Export;

/// <summary>
/// One row per event (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
/// doubled). Columns named Source, Target, Type and Weight are what Gephi's spreadsheet import looks for.
/// </summary>
public static class CsvEdgeWriter
{
    public static readonly string[] Header =
        ["Source", "Target", "SourceName", "TargetName", "Type", "Directed", "Date", "Goldstein", "Weight", "Confidence", "Place", "SourceKind", "TargetKind"];

    public static void Write(ActorGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(',', Header));
        output.Write("\r\n");
        foreach (var edge in ExportEdge.From(graph))
        {
            var e = edge.Event;
            string?[] row =
            [
                e.Source.Id, e.Target!.Id, e.Source.Name, e.Target.Name, edge.Type, edge.Directed ? "true" : "false", edge.Date,
                ExportEdge.Number(edge.Goldstein), ExportEdge.Number(edge.Weight), ExportEdge.Number(e.Confidence), e.Place,
                e.Source.Kind.ToString(), e.Target.Kind.ToString(),
            ];
            output.Write(string.Join(',', row.Select(Field)));
            output.Write("\r\n");
        }
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
