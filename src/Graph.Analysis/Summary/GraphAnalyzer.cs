using Graph.Analysis.Actors;
using Graph.Analysis.Centrality;
using Graph.Analysis.Communities;
using Graph.Analysis.Components;

namespace Graph.Analysis.Summary;

/// <param name="Top">How many actors per measure and pairs per list.</param>
/// <param name="Seed">Louvain's seed: the same store and seed give the same communities.</param>
public sealed record AnalyzeOptions(int Top = 10, int Seed = 42)
{
    public static readonly AnalyzeOptions Default = new();
}

/// <summary>
/// Runs the measures an analyst asks for first on an actor graph. Degree counts distinct
/// counterparts; weighted degree counts events (in + out, a symmetric event once per side);
/// PageRank runs on the directed event-count graph (being acted upon by central actors raises an
/// actor's rank); betweenness and closeness run by hops on the undirected view, because brokerage
/// between two actors does not depend on who the articles name as the source; communities are
/// Louvain on the undirected event-count graph.
/// </summary>
public static class GraphAnalyzer
{
    public static GraphSummary Analyze(ActorGraph graph, AnalyzeOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= AnalyzeOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Top, 1);
        var directed = graph.Directed(EdgeWeighting.EventCount);
        var undirected = graph.Undirected(EdgeWeighting.EventCount);

        var degree = DegreeCentrality.OutDegree(undirected);
        var eventsPerActor = new double[graph.VertexCount];
        foreach (var e in graph.Events)
        {
            if (e.Target is null || e.Target.Id == e.Source.Id) continue;
            eventsPerActor[graph.IndexOf(e.Source.Id)]++;
            eventsPerActor[graph.IndexOf(e.Target.Id)]++;
        }
        var pageRank = PageRank.Compute(directed).Scores;
        var betweenness = BetweennessCentrality.Compute(undirected, BetweennessOptions.Default, cancellationToken);
        var closeness = ClosenessCentrality.Compute(undirected, ClosenessOptions.Default, cancellationToken);

        var rankings = new List<CentralityRanking>
        {
            Rank(graph, "degree", "distinct counterparts", Array.ConvertAll(degree, d => (double)d), options.Top),
            Rank(graph, "weighted-degree", "events involving the actor", eventsPerActor, options.Top),
            Rank(graph, "pagerank", "PageRank on source→target events", pageRank, options.Top),
            Rank(graph, "betweenness", "betweenness (normalised, by hops)", betweenness, options.Top),
            Rank(graph, "closeness", "closeness (Wasserman–Faust, by hops)", closeness, options.Top),
        };

        var louvain = Louvain.Compute(undirected, new LouvainOptions(Seed: options.Seed), cancellationToken);
        var communities = louvain.Communities()
            .Where(c => c.Count > 1)
            .Select(c => (IReadOnlyList<Domain.Actors.Actor>)c.OrderByDescending(v => eventsPerActor[v]).ThenBy(v => graph.Actors[v].Name, StringComparer.OrdinalIgnoreCase).Select(v => graph.Actors[v]).ToList())
            .ToList();

        var components = WeaklyConnectedComponents.Compute(directed);
        var pairs = graph.Pairs;
        return new GraphSummary(
            graph.VertexCount,
            graph.Events.Count,
            pairs.Count,
            components.Count,
            components.Count == 0 ? 0 : components.Components[0].Count,
            rankings,
            new CommunitySummary(louvain.Modularity, options.Seed, communities),
            TopPairs(pairs, p => p.EventCount, options.Top),
            TopPairs(pairs, p => p.CooperationSum, options.Top),
            TopPairs(pairs, p => p.ConflictSum, options.Top));
    }

    private static CentralityRanking Rank(ActorGraph graph, string measure, string description, double[] scores, int top) =>
        new(measure, description, [.. Enumerable.Range(0, graph.VertexCount)
            .Where(v => scores[v] > 0)
            .OrderByDescending(v => scores[v])
            .ThenBy(v => graph.Actors[v].Name, StringComparer.OrdinalIgnoreCase)
            .Take(top)
            .Select(v => new RankedActor(graph.Actors[v], scores[v]))]);

    private static List<ActorPair> TopPairs(IEnumerable<ActorPair> pairs, Func<ActorPair, double> score, int top) =>
        [.. pairs.Where(p => score(p) > 0).OrderByDescending(score).ThenBy(p => p.A.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.B.Name, StringComparer.OrdinalIgnoreCase).Take(top)];
}
