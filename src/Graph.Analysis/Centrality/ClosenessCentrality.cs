using Graph.Analysis.Graphs;
using Graph.Analysis.Paths;

namespace Graph.Analysis.Centrality;

/// <param name="Weighted">Edge weights are distances; otherwise hops.</param>
/// <param name="WassermanFaust">Scale by the share of the graph a vertex reaches (networkx's wf_improved), so small components do not look central.</param>
public sealed record ClosenessOptions(bool Weighted = false, bool WassermanFaust = true)
{
    public static readonly ClosenessOptions Default = new();
}

/// <summary>
/// networkx's <c>closeness_centrality</c>: (r - 1) / Σd over the r vertices that can reach v,
/// times (r - 1) / (n - 1) with Wasserman–Faust. On a directed graph it uses distances *to* v
/// (incoming paths), as networkx does.
/// </summary>
public static class ClosenessCentrality
{
    public static double[] Compute(IBidirectionalGraph graph, ClosenessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ClosenessOptions.Default;
        var n = graph.VertexCount;
        var result = new double[n];
        if (n == 0) return result;
        var search = new ShortestPathSearch(graph, options.Weighted, EdgeDirection.In);
        for (var v = 0; v < n; v++)
        {
            if ((v & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            search.Run(v);
            var total = 0.0;
            foreach (var u in search.Reached) total += search.DistanceTo(u);
            var reached = search.ReachedCount;
            if (total > 0 && n > 1)
            {
                var cc = (reached - 1) / total;
                if (options.WassermanFaust) cc *= (reached - 1) / (double)(n - 1);
                result[v] = cc;
            }
        }
        return result;
    }
}
