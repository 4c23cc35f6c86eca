using Graph.Analysis.Graphs;

namespace Graph.Analysis.Centrality;

/// <summary>
/// Degrees as networkx counts them: on an undirected graph a self-loop adds 2; on a directed graph
/// the total degree is in + out. Weighted degrees sum edge weights instead of counting edges.
/// </summary>
public static class DegreeCentrality
{
    public static int[] OutDegree(IIncidenceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new int[graph.VertexCount];
        for (var v = 0; v < result.Length; v++)
        {
            var targets = graph.OutNeighbors(v);
            result[v] = targets.Length;
            if (!graph.IsDirected && targets.BinarySearch(v) >= 0) result[v]++;
        }
        return result;
    }

    public static int[] InDegree(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected) return OutDegree(graph);
        var result = new int[graph.VertexCount];
        for (var v = 0; v < result.Length; v++) result[v] = graph.InNeighbors(v).Length;
        return result;
    }

    /// <summary>In + out on a directed graph; the degree on an undirected one.</summary>
    public static int[] Degree(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = OutDegree(graph);
        if (graph.IsDirected)
        {
            for (var v = 0; v < result.Length; v++) result[v] += graph.InNeighbors(v).Length;
        }
        return result;
    }

    public static double[] WeightedOutDegree(IIncidenceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new double[graph.VertexCount];
        for (var v = 0; v < result.Length; v++)
        {
            var targets = graph.OutNeighbors(v);
            var weights = graph.OutWeights(v);
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                sum += weights[i];
                if (!graph.IsDirected && targets[i] == v) sum += weights[i];
            }
            result[v] = sum;
        }
        return result;
    }

    public static double[] WeightedInDegree(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsDirected) return WeightedOutDegree(graph);
        var result = new double[graph.VertexCount];
        for (var v = 0; v < result.Length; v++)
        {
            var sum = 0.0;
            foreach (var w in graph.InWeights(v)) sum += w;
            result[v] = sum;
        }
        return result;
    }

    /// <summary>In + out weight on a directed graph; the weighted degree on an undirected one.</summary>
    public static double[] WeightedDegree(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = WeightedOutDegree(graph);
        if (graph.IsDirected)
        {
            var incoming = WeightedInDegree(graph);
            for (var v = 0; v < result.Length; v++) result[v] += incoming[v];
        }
        return result;
    }

    /// <summary>networkx's <c>degree_centrality</c>: degree / (n - 1).</summary>
    public static double[] Normalized(IBidirectionalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var degree = Degree(graph);
        var n = graph.VertexCount;
        var scale = n > 1 ? 1.0 / (n - 1) : 1.0;
        return Array.ConvertAll(degree, d => d * scale);
    }
}
