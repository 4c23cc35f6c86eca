using Graph.Analysis.Graphs;

namespace Graph.Analysis.Paths;

/// <summary>The vertices within <c>radius</c> hops of a centre, with their hop count, and the edges among them.</summary>
public sealed record EgoNetworkResult(int Center, int Radius, IReadOnlyDictionary<int, int> Hops, CsrGraph Subgraph, IReadOnlyList<int> Vertices);

/// <summary>
/// networkx's <c>ego_graph</c> by hops: every vertex within k hops of the centre and every edge
/// between two such vertices. Direction defaults to both ways (networkx's undirected=True), since an
/// actor's neighbourhood includes those who act on it.
/// </summary>
public static class EgoNetwork
{
    public static EgoNetworkResult Compute(CsrGraph graph, int center, int radius, EdgeDirection direction = EdgeDirection.Both)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfNegative(center);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(center, graph.VertexCount);
        var search = new ShortestPathSearch(graph, weighted: false, direction);
        search.Run(center, maxDistance: radius);
        var vertices = search.Reached.ToArray();
        var hops = new Dictionary<int, int>(vertices.Length);
        foreach (var v in vertices) hops[v] = (int)search.DistanceTo(v);
        Array.Sort(vertices);
        var local = new Dictionary<int, int>(vertices.Length);
        for (var i = 0; i < vertices.Length; i++) local[vertices[i]] = i;
        var builder = new CsrGraphBuilder(vertices.Length, graph.IsDirected);
        foreach (var u in vertices)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeights(u);
            for (var i = 0; i < targets.Length; i++)
            {
                if (!local.TryGetValue(targets[i], out var v)) continue;
                if (!graph.IsDirected && targets[i] < u) continue;
                builder.AddEdge(local[u], v, weights[i]);
            }
        }
        return new EgoNetworkResult(center, radius, hops, builder.Build(), vertices);
    }
}
