using Graph.Analysis.Graphs;

namespace Graph.Analysis.Communities;

/// <param name="Seed">Fixes the order vertices are visited in, so the same graph and seed give the same communities.</param>
/// <param name="Threshold">Stop when a level improves modularity by no more than this (networkx's default).</param>
public sealed record LouvainOptions(int Seed = 42, double Resolution = 1.0, double Threshold = 1e-7)
{
    public static readonly LouvainOptions Default = new();
}

/// <param name="Membership">The community of each vertex; communities are numbered by size, largest first.</param>
public sealed record LouvainResult(int[] Membership, int CommunityCount, double Modularity, int Levels)
{
    /// <summary>The vertices of each community, in ascending order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Communities()
    {
        var groups = new List<int>[CommunityCount];
        for (var c = 0; c < CommunityCount; c++) groups[c] = [];
        for (var v = 0; v < Membership.Length; v++) groups[Membership[v]].Add(v);
        return groups;
    }
}

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on an undirected weighted graph, following
/// networkx's <c>louvain_communities</c>: local moving in a seeded random order with the same gain
/// formula, then aggregation, until a level gains no more than the threshold. A directed graph is
/// first merged to its undirected view (w(u,v) + w(v,u)); the returned modularity is of that view.
/// </summary>
public static class Louvain
{
    public static LouvainResult Compute(CsrGraph graph, LouvainOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LouvainOptions.Default;
        var undirected = graph.ToUndirected();
        var n = undirected.VertexCount;
        var membership = Enumerable.Range(0, n).ToArray();
        if (undirected.EdgeCount == 0) return Finish(undirected, membership, 0);

        var random = new Random(options.Seed);
        var level = Level.From(undirected);
        var m = level.TotalWeight;
        var modularity = Modularity.Compute(undirected, membership, options.Resolution);
        var levels = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (moved, local) = OneLevel(level, m, options.Resolution, random);
            // Map the original vertices through this level's moves.
            for (var v = 0; v < n; v++) membership[v] = local[membership[v]];
            levels++;
            if (!moved) break;
            var newModularity = Modularity.Compute(undirected, membership, options.Resolution);
            if (newModularity - modularity <= options.Threshold) break;
            modularity = newModularity;
            level = level.Aggregate(local);
        }
        return Finish(undirected, membership, levels, options.Resolution);
    }

    private static LouvainResult Finish(CsrGraph graph, int[] membership, int levels, double resolution = 1.0)
    {
        var ranked = new Components.ComponentResult(Compact(membership));
        var final = ranked.Membership.ToArray();
        return new LouvainResult(final, ranked.Count, Modularity.Compute(graph, final, resolution), levels);
    }

    private static int[] Compact(int[] membership)
    {
        var map = new Dictionary<int, int>();
        return Array.ConvertAll(membership, c => map.TryGetValue(c, out var id) ? id : map[c] = map.Count);
    }

    /// <summary>One pass of local moving; returns whether anything moved and each level-vertex's community (compacted).</summary>
    private static (bool Moved, int[] Community) OneLevel(Level level, double m, double resolution, Random random)
    {
        var n = level.VertexCount;
        var community = Enumerable.Range(0, n).ToArray();
        var totals = (double[])level.Strength.Clone();
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var weightTo = new double[n];
        var isTouched = new bool[n];
        var touched = new List<int>();
        var improvement = false;
        var twoMSquared = 2 * m * m;
        int moves;
        do
        {
            moves = 0;
            foreach (var u in order)
            {
                var current = community[u];
                var degree = level.Strength[u];
                touched.Clear();
                var targets = level.Neighbors(u);
                var weights = level.Weights(u);
                for (var i = 0; i < targets.Length; i++)
                {
                    var v = targets[i];
                    if (v == u) continue;
                    var c = community[v];
                    if (!isTouched[c])
                    {
                        isTouched[c] = true;
                        touched.Add(c);
                    }
                    weightTo[c] += weights[i];
                }
                totals[current] -= degree;
                // weightTo[current] is 0 when u has no neighbour in its own community.
                var removeCost = (-weightTo[current] / m) + (resolution * totals[current] * degree / twoMSquared);
                var best = current;
                var bestGain = 0.0;
                foreach (var c in touched)
                {
                    var gain = removeCost + (weightTo[c] / m) - (resolution * totals[c] * degree / twoMSquared);
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = c;
                    }
                }
                totals[best] += degree;
                foreach (var c in touched)
                {
                    weightTo[c] = 0;
                    isTouched[c] = false;
                }
                if (best != current)
                {
                    community[u] = best;
                    moves++;
                    improvement = true;
                }
            }
        }
        while (moves > 0);
        return (improvement, Compact(community));
    }

    /// <summary>The graph of one level: vertices are the previous level's communities; internal weight becomes a self-loop.</summary>
    private sealed class Level
    {
        private readonly CsrGraph _graph;

        private Level(CsrGraph graph)
        {
            _graph = graph;
            Strength = new double[graph.VertexCount];
            for (var v = 0; v < graph.VertexCount; v++)
            {
                Strength[v] = graph.OutStrength(v);
                TotalWeight += Strength[v];
            }
            TotalWeight /= 2;
        }

        public int VertexCount => _graph.VertexCount;

        /// <summary>Weighted degree, self-loops counted twice.</summary>
        public double[] Strength { get; }

        /// <summary>m: the sum of edge weights.</summary>
        public double TotalWeight { get; }

        public static Level From(CsrGraph undirected) => new(undirected);

        public ReadOnlySpan<int> Neighbors(int v) => _graph.OutNeighbors(v);

        public ReadOnlySpan<double> Weights(int v) => _graph.OutWeights(v);

        public Level Aggregate(int[] community)
        {
            var count = community.Length == 0 ? 0 : community.Max() + 1;
            var builder = new CsrGraphBuilder(count, directed: false);
            for (var u = 0; u < _graph.VertexCount; u++)
            {
                var targets = _graph.OutNeighbors(u);
                var weights = _graph.OutWeights(u);
                for (var i = 0; i < targets.Length; i++)
                {
                    var v = targets[i];
                    // Each undirected edge appears from both ends; keep one (self-loops appear once).
                    if (v < u) continue;
                    builder.AddEdge(community[u], community[v], weights[i]);
                }
            }
            return new Level(builder.Build());
        }
    }
}
