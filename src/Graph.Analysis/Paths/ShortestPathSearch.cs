using Graph.Analysis.Graphs;

namespace Graph.Analysis.Paths;

/// <summary>Which way a search walks directed edges.</summary>
public enum EdgeDirection
{
    /// <summary>Along the edges (successors).</summary>
    Out,

    /// <summary>Against the edges (predecessors): distances *to* the start.</summary>
    In,

    /// <summary>Both ways, as if the graph were undirected.</summary>
    Both,
}

/// <summary>
/// Single-source shortest paths (BFS by hops, or Dijkstra with weights as distances), with reusable
/// buffers so an all-sources loop allocates once. Vertices are settled in order of distance;
/// neighbours are scanned in index order, so the parent tree is deterministic.
/// </summary>
public sealed class ShortestPathSearch
{
    private readonly IBidirectionalGraph _graph;
    private readonly bool _weighted;
    private readonly EdgeDirection _direction;
    private readonly double[] _distance;
    private readonly int[] _parent;
    private readonly int[] _order;
    private readonly IndexedMinHeap? _heap;
    private readonly bool[] _settled;

    // BFS marks vertices when queued; after an early stop those past ReachedCount still need clearing.
    private int _pendingTail;

    public ShortestPathSearch(IBidirectionalGraph graph, bool weighted, EdgeDirection direction = EdgeDirection.Out)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (weighted) Centrality.BetweennessCentrality.CheckPositive(graph);
        _graph = graph;
        _weighted = weighted;
        _direction = graph.IsDirected ? direction : EdgeDirection.Out;
        var n = graph.VertexCount;
        _distance = new double[n];
        _parent = new int[n];
        _order = new int[n];
        _settled = new bool[n];
        _heap = weighted ? new IndexedMinHeap(n) : null;
        Array.Fill(_distance, double.PositiveInfinity);
        Array.Fill(_parent, -1);
    }

    /// <summary>How many vertices the last run reached (the source included).</summary>
    public int ReachedCount { get; private set; }

    /// <summary>The vertices the last run reached, nearest first.</summary>
    public ReadOnlySpan<int> Reached => _order.AsSpan(0, ReachedCount);

    /// <summary>Distance from the last source (hops when unweighted); +∞ when not reached.</summary>
    public double DistanceTo(int vertex) => _distance[vertex];

    /// <summary>The vertex before <paramref name="vertex"/> on the path found, or -1.</summary>
    public int ParentOf(int vertex) => _parent[vertex];

    /// <summary>Runs from <paramref name="source"/>; stops early once <paramref name="stopAt"/> is settled, or past <paramref name="maxDistance"/>.</summary>
    public void Run(int source, int stopAt = -1, double maxDistance = double.PositiveInfinity)
    {
        Reset();
        _distance[source] = 0;
        if (_heap is null) Bfs(source, stopAt, maxDistance);
        else Dijkstra(source, stopAt, maxDistance);
    }

    /// <summary>The vertices from the last source to <paramref name="target"/>, or null when it was not reached.</summary>
    public IReadOnlyList<int>? PathTo(int target)
    {
        if (double.IsPositiveInfinity(_distance[target])) return null;
        var path = new List<int>();
        for (var v = target; v >= 0; v = _parent[v]) path.Add(v);
        path.Reverse();
        return path;
    }

    private void Reset()
    {
        for (var i = 0; i < ReachedCount; i++)
        {
            var v = _order[i];
            _distance[v] = double.PositiveInfinity;
            _parent[v] = -1;
            _settled[v] = false;
        }
        // Vertices queued but never settled (early stop) are still marked: clear them too.
        if (_heap is not null)
        {
            while (_heap.Count > 0)
            {
                var v = _heap.Pop(out _);
                _distance[v] = double.PositiveInfinity;
                _parent[v] = -1;
            }
        }
        else if (_pendingTail > ReachedCount)
        {
            for (var i = ReachedCount; i < _pendingTail; i++)
            {
                _distance[_order[i]] = double.PositiveInfinity;
                _parent[_order[i]] = -1;
            }
        }
        ReachedCount = 0;
        _pendingTail = 0;
    }

    private void Bfs(int source, int stopAt, double maxDistance)
    {
        _order[0] = source;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = _order[head++];
            ReachedCount = head;
            if (v == stopAt) break;
            var next = _distance[v] + 1;
            if (next > maxDistance) continue;
            Relax(v, next, ref tail);
        }
        _pendingTail = tail;
    }

    private void Relax(int v, double next, ref int tail)
    {
        if (_direction != EdgeDirection.In)
        {
            foreach (var w in _graph.OutNeighbors(v))
            {
                if (double.IsPositiveInfinity(_distance[w])) { _distance[w] = next; _parent[w] = v; _order[tail++] = w; }
            }
        }
        if (_direction != EdgeDirection.Out)
        {
            foreach (var w in _graph.InNeighbors(v))
            {
                if (double.IsPositiveInfinity(_distance[w])) { _distance[w] = next; _parent[w] = v; _order[tail++] = w; }
            }
        }
    }

    private void Dijkstra(int source, int stopAt, double maxDistance)
    {
        var heap = _heap!;
        heap.InsertOrDecrease(source, 0);
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            _settled[v] = true;
            _order[ReachedCount++] = v;
            if (v == stopAt) break;
            if (_direction != EdgeDirection.In) Scan(v, dv, _graph.OutNeighbors(v), _graph.OutWeights(v), maxDistance);
            if (_direction != EdgeDirection.Out) Scan(v, dv, _graph.InNeighbors(v), _graph.InWeights(v), maxDistance);
        }
    }

    private void Scan(int v, double dv, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights, double maxDistance)
    {
        for (var k = 0; k < targets.Length; k++)
        {
            var w = targets[k];
            if (_settled[w]) continue;
            var alt = dv + weights[k];
            if (alt > maxDistance || alt >= _distance[w]) continue;
            _distance[w] = alt;
            _parent[w] = v;
            _heap!.InsertOrDecrease(w, alt);
        }
    }
}
