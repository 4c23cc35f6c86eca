using Graph.Analysis.Graphs;

namespace Graph.Analysis.Paths;

/// <summary>A path between two vertices and its length (hops, or the sum of distances when weighted).</summary>
public sealed record PathResult(IReadOnlyList<int> Vertices, double Length)
{
    public int Hops => Vertices.Count - 1;
}

/// <summary>Shortest (fewest hops, BFS) and cheapest (least total distance, Dijkstra) paths between two vertices.</summary>
public static class ShortestPath
{
    /// <summary>Fewest hops; among equally short paths, the one through lower-numbered vertices first. Null when unreachable.</summary>
    public static PathResult? Shortest(IBidirectionalGraph graph, int source, int target, EdgeDirection direction = EdgeDirection.Out)
        => Find(graph, source, target, weighted: false, direction);

    /// <summary>Least total weight, weights read as distances (they must be positive). Null when unreachable.</summary>
    public static PathResult? Cheapest(IBidirectionalGraph graph, int source, int target, EdgeDirection direction = EdgeDirection.Out)
        => Find(graph, source, target, weighted: true, direction);

    private static PathResult? Find(IBidirectionalGraph graph, int source, int target, bool weighted, EdgeDirection direction)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, graph.VertexCount);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, graph.VertexCount);
        var search = new ShortestPathSearch(graph, weighted, direction);
        search.Run(source, stopAt: target);
        var path = search.PathTo(target);
        return path is null ? null : new PathResult(path, search.DistanceTo(target));
    }
}
