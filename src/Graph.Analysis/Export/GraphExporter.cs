using Graph.Analysis.Actors;

namespace Graph.Analysis.Export;

public static class GraphExporter
{
    public static void Write(ActorGraph graph, GraphExportFormat format, TextWriter output)
    {
        switch (format)
        {
            case GraphExportFormat.GraphMl: GraphMlWriter.Write(graph, output); break;
            case GraphExportFormat.Gexf: GexfWriter.Write(graph, output); break;
            case GraphExportFormat.Csv: CsvEdgeWriter.Write(graph, output); break;
            case GraphExportFormat.Dot: DotWriter.Write(graph, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    public static string FileExtension(GraphExportFormat format) => format switch
    {
        GraphExportFormat.GraphMl => ".graphml",
        GraphExportFormat.Gexf => ".gexf",
        GraphExportFormat.Csv => ".csv",
        GraphExportFormat.Dot => ".dot",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
