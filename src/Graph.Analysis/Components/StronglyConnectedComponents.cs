using Graph.Analysis.Graphs;

namespace Graph.Analysis.Components;

/// <summary>
/// Tarjan's algorithm with an explicit call stack, so a long chain of 10,000+ vertices cannot
/// overflow the thread's stack. On an undirected graph the result equals the connected components.
/// </summary>
public static class StronglyConnectedComponents
{
    public static ComponentResult Compute(IIncidenceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var index = new int[n];
        var lowLink = new int[n];
        var onStack = new bool[n];
        var membership = new int[n];
        Array.Fill(index, -1);
        var tarjanStack = new Stack<int>();
        // Each frame: the vertex and how far through its out-neighbours we are.
        var callStack = new Stack<(int Vertex, int NextEdge)>();
        var counter = 0;
        var components = 0;

        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            callStack.Push((root, 0));
            index[root] = lowLink[root] = counter++;
            tarjanStack.Push(root);
            onStack[root] = true;

            while (callStack.Count > 0)
            {
                var (v, edge) = callStack.Pop();
                var neighbors = graph.OutNeighbors(v);
                var descended = false;
                while (edge < neighbors.Length)
                {
                    var w = neighbors[edge++];
                    if (index[w] < 0)
                    {
                        // Recurse into w; come back to v at the next edge.
                        callStack.Push((v, edge));
                        callStack.Push((w, 0));
                        index[w] = lowLink[w] = counter++;
                        tarjanStack.Push(w);
                        onStack[w] = true;
                        descended = true;
                        break;
                    }
                    if (onStack[w]) lowLink[v] = Math.Min(lowLink[v], index[w]);
                }
                if (descended) continue;

                if (lowLink[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = tarjanStack.Pop();
                        onStack[w] = false;
                        membership[w] = components;
                    }
                    while (w != v);
                    components++;
                }
                if (callStack.Count > 0)
                {
                    var parent = callStack.Peek().Vertex;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[v]);
                }
            }
        }
        return new ComponentResult(membership);
    }
}
