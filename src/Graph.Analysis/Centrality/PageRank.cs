using Graph.Analysis.Graphs;

namespace Graph.Analysis.Centrality;

/// <param name="Damping">networkx's alpha.</param>
/// <param name="Tolerance">Stops when the L1 change of an iteration is below VertexCount × Tolerance, as networkx does.</param>
public sealed record PageRankOptions(double Damping = 0.85, double Tolerance = 1e-6, int MaxIterations = 100, bool Weighted = true)
{
    public static readonly PageRankOptions Default = new();
}

/// <param name="Converged">False when <see cref="PageRankOptions.MaxIterations"/> ran out (networkx raises there; the scores are the last iterate).</param>
public sealed record PageRankResult(double[] Scores, int Iterations, bool Converged);

/// <summary>
/// PageRank by power iteration, step for step as networkx's <c>pagerank</c>: an undirected graph
/// walks each edge both ways, out-weights are normalised per vertex, and the rank of dangling
/// vertices (no out-weight) is spread uniformly over all vertices.
/// </summary>
public static class PageRank
{
    public static PageRankResult Compute(IIncidenceGraph graph, PageRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PageRankOptions.Default;
        if (options.Damping is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(options), options.Damping, "Damping must be within [0, 1].");
        var n = graph.VertexCount;
        if (n == 0) return new PageRankResult([], 0, true);

        // Transition probabilities, flattened in out-edge order.
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++) offsets[v + 1] = offsets[v] + graph.OutNeighbors(v).Length;
        var targets = new int[offsets[n]];
        var probability = new double[offsets[n]];
        var dangling = new List<int>();
        for (var v = 0; v < n; v++)
        {
            var nbrs = graph.OutNeighbors(v);
            var weights = graph.OutWeights(v);
            var strength = 0.0;
            for (var i = 0; i < nbrs.Length; i++) strength += options.Weighted ? weights[i] : 1.0;
            if (strength == 0.0) dangling.Add(v);
            for (var i = 0; i < nbrs.Length; i++)
            {
                targets[offsets[v] + i] = nbrs[i];
                probability[offsets[v] + i] = strength == 0.0 ? 0.0 : (options.Weighted ? weights[i] : 1.0) / strength;
            }
        }

        var alpha = options.Damping;
        var uniform = 1.0 / n;
        var x = new double[n];
        var last = new double[n];
        Array.Fill(x, uniform);
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            (last, x) = (x, last);
            Array.Clear(x);
            var danglingSum = 0.0;
            foreach (var d in dangling) danglingSum += last[d];
            danglingSum *= alpha;
            for (var v = 0; v < n; v++)
            {
                var share = alpha * last[v];
                for (var e = offsets[v]; e < offsets[v + 1]; e++) x[targets[e]] += share * probability[e];
            }
            var teleport = danglingSum * uniform + (1.0 - alpha) * uniform;
            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                x[v] += teleport;
                error += Math.Abs(x[v] - last[v]);
            }
            if (error < n * options.Tolerance)
            {
                return new PageRankResult(Normalize(x), iteration, true);
            }
        }
        return new PageRankResult(Normalize(x), options.MaxIterations, false);
    }

    private static double[] Normalize(double[] x)
    {
        var sum = 0.0;
        foreach (var v in x) sum += v;
        if (sum > 0) for (var i = 0; i < x.Length; i++) x[i] /= sum;
        return x;
    }
}
