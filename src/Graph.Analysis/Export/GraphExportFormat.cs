namespace Graph.Analysis.Export;

public enum GraphExportFormat
{
    /// <summary>GraphML with key declarations (yEd, Cytoscape, networkx).</summary>
    GraphMl,

    /// <summary>GEXF 1.3 (Gephi).</summary>
    Gexf,

    /// <summary>An edge list, one row per event (spreadsheets, Gephi's spreadsheet import).</summary>
    Csv,

    /// <summary>Graphviz DOT.</summary>
    Dot,
}
