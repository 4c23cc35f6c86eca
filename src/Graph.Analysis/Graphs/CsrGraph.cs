namespace Graph.Analysis.Graphs;

/// <summary>
/// An immutable weighted graph in compressed sparse row form: one offsets array and one neighbour
/// array for the out-edges and (for directed graphs) another pair for the in-edges. Neighbours are
/// sorted by index, so iteration order is deterministic. Build it with <see cref="CsrGraphBuilder"/>.
/// </summary>
public sealed class CsrGraph : IBidirectionalGraph
{
    private readonly int[] _outOffsets;
    private readonly int[] _outTargets;
    private readonly double[] _outWeights;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;

    internal CsrGraph(bool directed, int edgeCount, int[] outOffsets, int[] outTargets, double[] outWeights, int[] inOffsets, int[] inSources, double[] inWeights)
    {
        IsDirected = directed;
        EdgeCount = edgeCount;
        _outOffsets = outOffsets;
        _outTargets = outTargets;
        _outWeights = outWeights;
        _inOffsets = inOffsets;
        _inSources = inSources;
        _inWeights = inWeights;
    }

    public int VertexCount => _outOffsets.Length - 1;

    // Raw arrays for hot loops inside this library (no span or interface call per vertex).
    internal int[] OutOffsetArray => _outOffsets;

    internal int[] OutTargetArray => _outTargets;

    internal double[] OutWeightArray => _outWeights;

    internal int[] InOffsetArray => _inOffsets;

    /// <summary>A CSR copy of any bidirectional graph (the graph itself when it already is one).</summary>
    public static CsrGraph From(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph is CsrGraph csr) return csr;
        var builder = new CsrGraphBuilder(graph.VertexCount, graph.IsDirected);
        for (var u = 0; u < graph.VertexCount; u++)
        {
            var targets = graph.OutNeighbors(u);
            var weights = graph.OutWeights(u);
            for (var i = 0; i < targets.Length; i++)
            {
                if (!graph.IsDirected && targets[i] < u) continue;
                builder.AddEdge(u, targets[i], weights[i]);
            }
        }
        return builder.Build();
    }

    public bool IsDirected { get; }

    public int EdgeCount { get; }

    public ReadOnlySpan<int> OutNeighbors(int vertex) => _outTargets.AsSpan(_outOffsets[vertex], _outOffsets[vertex + 1] - _outOffsets[vertex]);

    public ReadOnlySpan<double> OutWeights(int vertex) => _outWeights.AsSpan(_outOffsets[vertex], _outOffsets[vertex + 1] - _outOffsets[vertex]);

    public ReadOnlySpan<int> InNeighbors(int vertex) => _inSources.AsSpan(_inOffsets[vertex], _inOffsets[vertex + 1] - _inOffsets[vertex]);

    public ReadOnlySpan<double> InWeights(int vertex) => _inWeights.AsSpan(_inOffsets[vertex], _inOffsets[vertex + 1] - _inOffsets[vertex]);

    /// <summary>The weight of the edge u→v, or null when there is none.</summary>
    public double? WeightOf(int from, int to)
    {
        var targets = OutNeighbors(from);
        var i = targets.BinarySearch(to);
        return i >= 0 ? OutWeights(from)[i] : null;
    }

    /// <summary>The same edges with every weight replaced: e.g. 1/w to turn tie strength into a distance.</summary>
    public CsrGraph MapWeights(Func<double, double> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var outW = Array.ConvertAll(_outWeights, w => map(w));
        var inW = ReferenceEquals(_inWeights, _outWeights) ? outW : Array.ConvertAll(_inWeights, w => map(w));
        return new CsrGraph(IsDirected, EdgeCount, _outOffsets, _outTargets, outW, _inOffsets, _inSources, inW);
    }

    /// <summary>Every edge weighs 1.</summary>
    public CsrGraph Unweighted() => MapWeights(_ => 1.0);

    /// <summary>
    /// Both directions merged into one undirected edge, as networkx's <c>to_undirected</c> would
    /// after summing: the weight of {u, v} is w(u→v) + w(v→u). An undirected graph is returned as is.
    /// </summary>
    public CsrGraph ToUndirected()
    {
        if (!IsDirected) return this;
        var builder = new CsrGraphBuilder(VertexCount, directed: false);
        for (var u = 0; u < VertexCount; u++)
        {
            var targets = OutNeighbors(u);
            var weights = OutWeights(u);
            for (var i = 0; i < targets.Length; i++) builder.AddEdge(u, targets[i], weights[i]);
        }
        return builder.Build();
    }

    /// <summary>Sum of the weights on the out-edges (for undirected graphs: the weighted degree, a self-loop counted twice).</summary>
    public double OutStrength(int vertex)
    {
        var sum = 0.0;
        var targets = OutNeighbors(vertex);
        var weights = OutWeights(vertex);
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            if (!IsDirected && targets[i] == vertex) sum += weights[i];
        }
        return sum;
    }

    public double InStrength(int vertex)
    {
        if (!IsDirected) return OutStrength(vertex);
        var sum = 0.0;
        foreach (var w in InWeights(vertex)) sum += w;
        return sum;
    }
}
