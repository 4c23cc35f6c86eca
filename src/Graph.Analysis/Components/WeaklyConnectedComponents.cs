using Graph.Analysis.Graphs;

namespace Graph.Analysis.Components;

/// <summary>Components ignoring edge direction (connected components of an undirected graph), by iterative BFS.</summary>
public static class WeaklyConnectedComponents
{
    public static ComponentResult Compute(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var membership = new int[n];
        Array.Fill(membership, -1);
        var queue = new int[n];
        var next = 0;
        for (var start = 0; start < n; start++)
        {
            if (membership[start] >= 0) continue;
            var id = next++;
            membership[start] = id;
            int head = 0, tail = 0;
            queue[tail++] = start;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var w in graph.OutNeighbors(v))
                {
                    if (membership[w] < 0) { membership[w] = id; queue[tail++] = w; }
                }
                if (!graph.IsDirected) continue;
                foreach (var w in graph.InNeighbors(v))
                {
                    if (membership[w] < 0) { membership[w] = id; queue[tail++] = w; }
                }
            }
        }
        return new ComponentResult(membership);
    }
}
