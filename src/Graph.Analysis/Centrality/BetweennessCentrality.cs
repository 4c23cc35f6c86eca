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
/// distances and count paths of exactly equal length as ties, as networkx does. Single-threaded; the
/// per-source buffers are reused so a run allocates O(V) once.
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

        var sigma = new double[n];
        var delta = new double[n];
        var order = new int[n];
        var hops = new int[n];
        var distance = new double[n];
        var settled = new bool[n];
        Array.Fill(hops, -1);
        var heap = options.Weighted ? new IndexedMinHeap(n) : null;

        for (var s = 0; s < n; s++)
        {
            if ((s & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
            var count = heap is null
                ? ForwardBfs(graph, s, sigma, order, hops)
                : ForwardDijkstra(graph, s, sigma, order, distance, settled, heap);

            // Accumulate dependencies in reverse order of distance; predecessors are found again
            // from the in-edges with the same test the forward pass used.
            for (var i = count - 1; i >= 0; i--)
            {
                var w = order[i];
                if (w == s) continue;
                var coefficient = (1.0 + delta[w]) / sigma[w];
                var preds = graph.InNeighbors(w);
                if (heap is null)
                {
                    var predHops = hops[w] - 1;
                    foreach (var v in preds)
                    {
                        if (hops[v] == predHops) delta[v] += sigma[v] * coefficient;
                    }
                }
                else
                {
                    var weights = graph.InWeights(w);
                    var dw = distance[w];
                    for (var k = 0; k < preds.Length; k++)
                    {
                        var v = preds[k];
                        if (settled[v] && v != w && distance[v] + weights[k] == dw) delta[v] += sigma[v] * coefficient;
                    }
                }
                betweenness[w] += delta[w];
            }

            for (var i = 0; i < count; i++)
            {
                var v = order[i];
                sigma[v] = 0;
                delta[v] = 0;
                hops[v] = -1;
                settled[v] = false;
            }
        }

        Rescale(betweenness, n, options.Normalized, graph.IsDirected);
        return betweenness;
    }

    private static int ForwardBfs(IBidirectionalGraph graph, int s, double[] sigma, int[] order, int[] hops)
    {
        sigma[s] = 1;
        hops[s] = 0;
        order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = hops[v] + 1;
            var sv = sigma[v];
            foreach (var w in graph.OutNeighbors(v))
            {
                if (hops[w] < 0)
                {
                    hops[w] = next;
                    order[tail++] = w;
                }
                if (hops[w] == next) sigma[w] += sv;
            }
        }
        return tail;
    }

    private static int ForwardDijkstra(IBidirectionalGraph graph, int s, double[] sigma, int[] order, double[] distance, bool[] settled, IndexedMinHeap heap)
    {
        var count = 0;
        distance[s] = 0;
        sigma[s] = 1;
        heap.InsertOrDecrease(s, 0);
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            settled[v] = true;
            order[count++] = v;
            var targets = graph.OutNeighbors(v);
            var weights = graph.OutWeights(v);
            var sv = sigma[v];
            for (var k = 0; k < targets.Length; k++)
            {
                var w = targets[k];
                if (settled[w]) continue;
                var alt = dv + weights[k];
                if (!heap.Contains(w) || alt < distance[w])
                {
                    distance[w] = alt;
                    sigma[w] = sv;
                    heap.InsertOrDecrease(w, alt);
                }
                else if (alt == distance[w])
                {
                    sigma[w] += sv;
                }
            }
        }
        return count;
    }

    private static void Rescale(double[] betweenness, int n, bool normalized, bool directed)
    {
        // networkx 3.6 _rescale with endpoints=False: N = n - 1 pairs partners per source.
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
