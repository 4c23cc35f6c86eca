namespace Graph.Analysis.Graphs;

/// <summary>
/// Collects edges and freezes them into a <see cref="CsrGraph"/>. Adding an edge that is already
/// there adds to its weight, so a stream of events becomes one weighted edge per pair.
/// </summary>
public sealed class CsrGraphBuilder
{
    private readonly List<(int From, int To, double Weight)> _edges = [];

    public CsrGraphBuilder(int vertexCount, bool directed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        VertexCount = vertexCount;
        IsDirected = directed;
    }

    public int VertexCount { get; }

    public bool IsDirected { get; }

    public CsrGraphBuilder AddEdge(int from, int to, double weight = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, VertexCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, VertexCount);
        if (!double.IsFinite(weight)) throw new ArgumentOutOfRangeException(nameof(weight), weight, "Edge weights must be finite.");
        if (!IsDirected && from > to) (from, to) = (to, from);
        _edges.Add((from, to, weight));
        return this;
    }

    public CsrGraph Build()
    {
        // Merge parallel edges: sort by (from, to) and sum runs.
        var sorted = _edges.ToArray();
        Array.Sort(sorted, static (a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
        var merged = new List<(int From, int To, double Weight)>(sorted.Length);
        foreach (var e in sorted)
        {
            if (merged.Count > 0 && merged[^1].From == e.From && merged[^1].To == e.To)
            {
                merged[^1] = (e.From, e.To, merged[^1].Weight + e.Weight);
            }
            else
            {
                merged.Add(e);
            }
        }

        var arcs = new List<(int From, int To, double Weight)>(IsDirected ? merged.Count : merged.Count * 2);
        arcs.AddRange(merged);
        if (!IsDirected)
        {
            foreach (var e in merged)
            {
                if (e.From != e.To) arcs.Add((e.To, e.From, e.Weight));
            }
        }

        var (outOffsets, outTargets, outWeights) = Compress(arcs, static a => a.From, static a => a.To);
        if (!IsDirected)
        {
            return new CsrGraph(false, merged.Count, outOffsets, outTargets, outWeights, outOffsets, outTargets, outWeights);
        }
        var (inOffsets, inSources, inWeights) = Compress(arcs, static a => a.To, static a => a.From);
        return new CsrGraph(true, merged.Count, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights);
    }

    private (int[] Offsets, int[] Neighbors, double[] Weights) Compress(
        List<(int From, int To, double Weight)> arcs,
        Func<(int From, int To, double Weight), int> key,
        Func<(int From, int To, double Weight), int> neighbor)
    {
        var offsets = new int[VertexCount + 1];
        foreach (var a in arcs) offsets[key(a) + 1]++;
        for (var i = 0; i < VertexCount; i++) offsets[i + 1] += offsets[i];
        var next = (int[])offsets.Clone();
        var neighbors = new int[arcs.Count];
        var weights = new double[arcs.Count];
        foreach (var a in arcs)
        {
            var slot = next[key(a)]++;
            neighbors[slot] = neighbor(a);
            weights[slot] = a.Weight;
        }
        // Counting sort keeps insertion order within a row; sort each row by neighbour for binary search and determinism.
        for (var v = 0; v < VertexCount; v++)
        {
            var start = offsets[v];
            var length = offsets[v + 1] - start;
            if (length > 1) Array.Sort(neighbors, weights, start, length);
        }
        return (offsets, neighbors, weights);
    }
}
