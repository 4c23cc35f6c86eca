using Graph.Analysis.Graphs;
using Graph.Analysis.Paths;

namespace Graph.Analysis.Centrality;

/// <param name="Weighted">Edge weights are distances (Dijkstra); otherwise every edge is one hop (BFS).</param>
/// <param name="Normalized">Divide by the number of ordered pairs (n-1)(n-2), as networkx does for both directed and undirected graphs.</param>
public sealed record BetweennessOptions(bool Weighted = false, bool Normalized = true)
{
    public static readonly BetweennessOptions Default = new();
}

/// <summary>
/// Brandes' algorithm, with networkx's scaling (endpoints excluded). Weighted runs treat weights as
/// distances and count paths of exactly equal length as ties, as networkx does. Single-threaded.
/// Everything runs on flat arrays: the predecessors of a vertex are kept in the slots of its
/// in-edges, and per-source state is reset only where the search reached.
/// </summary>
public static class BetweennessCentrality
{
    public static double[] Compute(IBidirectionalGraph graph, BetweennessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= BetweennessOptions.Default;
        var n = graph.VertexCount;
        var betweenness = new double[n];
        if (n == 0) return betweenness;
        if (options.Weighted) CheckPositive(graph);
        var csr = CsrGraph.From(graph);
        var state = new State(csr);

        for (var s = 0; s < n; s++)
        {
            if ((s & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            var count = options.Weighted ? state.ForwardDijkstra(s) : state.ForwardBfs(s);
            state.Accumulate(count, betweenness);
            state.Reset(count);
        }

        Rescale(betweenness, n, options.Normalized, graph.IsDirected);
        return betweenness;
    }

    private sealed class State
    {
        private readonly int[] _offsets;
        private readonly int[] _targets;
        private readonly double[] _weights;
        private readonly int[] _inOffsets;
        private readonly double[] _sigma;
        private readonly double[] _delta;
        private readonly int[] _order;
        private readonly int[] _hops;
        private readonly double[] _distance;
        private readonly bool[] _settled;
        private readonly int[] _preds;
        private readonly int[] _predEnd;
        private IndexedMinHeap? _heap;

        public State(CsrGraph graph)
        {
            var n = graph.VertexCount;
            _offsets = graph.OutOffsetArray;
            _targets = graph.OutTargetArray;
            _weights = graph.OutWeightArray;
            _inOffsets = graph.InOffsetArray;
            _sigma = new double[n];
            _delta = new double[n];
            _order = new int[n];
            _hops = new int[n];
            _distance = new double[n];
            _settled = new bool[n];
            // A vertex has at most in-degree predecessors: its in-edge slots hold them.
            _preds = new int[_inOffsets[n]];
            _predEnd = (int[])_inOffsets[..n].Clone();
            Array.Fill(_hops, -1);
            Array.Fill(_distance, double.PositiveInfinity);
        }

        public int ForwardBfs(int s)
        {
            var offsets = _offsets;
            var targets = _targets;
            var hops = _hops;
            var sigma = _sigma;
            var order = _order;
            var preds = _preds;
            var predEnd = _predEnd;
            sigma[s] = 1;
            hops[s] = 0;
            order[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var v = order[head++];
                var next = hops[v] + 1;
                var sv = sigma[v];
                var end = offsets[v + 1];
                for (var e = offsets[v]; e < end; e++)
                {
                    var w = targets[e];
                    var hw = hops[w];
                    if (hw < 0)
                    {
                        hops[w] = hw = next;
                        order[tail++] = w;
                    }
                    if (hw == next)
                    {
                        sigma[w] += sv;
                        preds[predEnd[w]++] = v;
                    }
                }
            }
            return tail;
        }

        public int ForwardDijkstra(int s)
        {
            // Among vertices at equal distance the settling order changes no sum (their predecessors are all nearer).
            var heap = _heap ??= new IndexedMinHeap(_sigma.Length, stableTies: false);
            var count = 0;
            _distance[s] = 0;
            _sigma[s] = 1;
            heap.InsertOrDecrease(s, 0);
            while (heap.Count > 0)
            {
                var v = heap.Pop(out var dv);
                _settled[v] = true;
                _order[count++] = v;
                var sv = _sigma[v];
                var end = _offsets[v + 1];
                for (var e = _offsets[v]; e < end; e++)
                {
                    var w = _targets[e];
                    if (_settled[w]) continue;
                    var alt = dv + _weights[e];
                    if (alt < _distance[w])
                    {
                        // A shorter path: w's paths so far are discarded.
                        _distance[w] = alt;
                        _sigma[w] = sv;
                        _predEnd[w] = _inOffsets[w];
                        _preds[_predEnd[w]++] = v;
                        heap.InsertOrDecrease(w, alt);
                    }
                    else if (alt == _distance[w])
                    {
                        _sigma[w] += sv;
                        _preds[_predEnd[w]++] = v;
                    }
                }
            }
            return count;
        }

        /// <summary>Dependencies in reverse order of distance (Brandes 2001, eq. 6).</summary>
        /// <remarks>order[0] is the source, which earns nothing from its own paths, so the loop stops before it.</remarks>
        public void Accumulate(int count, double[] betweenness)
        {
            var sigma = _sigma;
            var delta = _delta;
            var preds = _preds;
            for (var i = count - 1; i > 0; i--)
            {
                var w = _order[i];
                var coefficient = (1.0 + delta[w]) / sigma[w];
                var end = _predEnd[w];
                for (var k = _inOffsets[w]; k < end; k++)
                {
                    var v = preds[k];
                    delta[v] += sigma[v] * coefficient;
                }
                betweenness[w] += delta[w];
            }
        }

        public void Reset(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var v = _order[i];
                _sigma[v] = 0;
                _delta[v] = 0;
                _hops[v] = -1;
                _settled[v] = false;
                _distance[v] = double.PositiveInfinity;
                _predEnd[v] = _inOffsets[v];
            }
        }
    }

    private static void Rescale(double[] betweenness, int n, bool normalized, bool directed)
    {
        // networkx 3.6 _rescale with endpoints=False: each source has n - 1 possible targets.
        var pairs = n - 1;
        if (pairs < 2) return;
        var scale = normalized ? 1.0 / (pairs * (double)(pairs - 1)) : (directed ? 1.0 : 0.5);
        if (scale == 1.0) return;
        for (var v = 0; v < n; v++) betweenness[v] *= scale;
    }

    internal static void CheckPositive(IIncidenceGraph graph)
    {
        for (var v = 0; v < graph.VertexCount; v++)
        {
            foreach (var w in graph.OutWeights(v))
            {
                if (!(w > 0)) throw new ArgumentException($"Weighted shortest paths need positive distances; vertex {v} has an edge weighing {w}.", nameof(graph));
            }
        }
    }
}
