namespace Graph.Analysis.Graphs;

// The concepts follow QuikGraph's split (vertex list, incidence, bidirectional) so each algorithm
// asks for no more than it uses. Vertices are dense indices 0..VertexCount-1 and neighbourhoods are
// spans, which keeps hot loops on arrays rather than on dictionaries.

/// <summary>A graph whose vertices can be enumerated: 0 .. <see cref="VertexCount"/> - 1.</summary>
public interface IVertexListGraph
{
    int VertexCount { get; }

    /// <summary>False when every edge can be walked both ways (each is stored in both adjacency lists).</summary>
    bool IsDirected { get; }
}

/// <summary>A graph that can list the edges leaving a vertex, with their weights.</summary>
public interface IIncidenceGraph : IVertexListGraph
{
    /// <summary>Distinct edges: an undirected edge counts once.</summary>
    int EdgeCount { get; }

    ReadOnlySpan<int> OutNeighbors(int vertex);

    /// <summary>Weights aligned with <see cref="OutNeighbors"/>.</summary>
    ReadOnlySpan<double> OutWeights(int vertex);
}

/// <summary>A graph that can also list the edges entering a vertex.</summary>
public interface IBidirectionalGraph : IIncidenceGraph
{
    ReadOnlySpan<int> InNeighbors(int vertex);

    ReadOnlySpan<double> InWeights(int vertex);
}
