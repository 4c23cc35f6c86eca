using Graph.Analysis.Graphs;

namespace Graph.Analysis.Communities;

/// <summary>
/// Newman's modularity as networkx's <c>community.modularity</c> computes it: for undirected graphs
/// Σc [L_c/m − γ(d_c/2m)²]; for directed graphs Σc [L_c/m − γ·out_c·in_c/m²], with weights.
/// </summary>
public static class Modularity
{
    public static double Compute(IIncidenceGraph graph, IReadOnlyList<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        var n = graph.VertexCount;
        if (membership.Count != n) throw new ArgumentException($"Expected a community for each of the {n} vertices, got {membership.Count}.", nameof(membership));
        var communities = n == 0 ? 0 : membership.Max() + 1;
        var inside = new double[communities];
        var outSum = new double[communities];
        var inSum = new double[communities];
        var total = 0.0;
        for (var u = 0; u < n; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeights(u);
            for (var i = 0; i < targets.Length; i++)
            {
                var v = targets[i];
                var w = weights[i];
                var selfLoop = v == u;
                // Undirected: each edge is listed from both ends; a self-loop once but counts twice in degrees.
                var degreeShare = !graph.IsDirected && selfLoop ? 2 * w : w;
                outSum[membership[u]] += degreeShare;
                inSum[membership[v]] += degreeShare;
                total += degreeShare;
                if (membership[u] == membership[v])
                {
                    inside[membership[u]] += graph.IsDirected || selfLoop ? w : w / 2;
                }
            }
        }
        if (total == 0) return 0;
        // Undirected: total = 2m; directed: total = m.
        var m = graph.IsDirected ? total : total / 2;
        var norm = 1.0 / (total * total);
        var q = 0.0;
        for (var c = 0; c < communities; c++)
        {
            // For undirected graphs outSum == inSum == degree sum of c.
            q += (inside[c] / m) - (resolution * outSum[c] * (graph.IsDirected ? inSum[c] : outSum[c]) * norm);
        }
        return q;
    }
}
