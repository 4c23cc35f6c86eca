using Graph.Analysis.Centrality;
using Graph.Analysis.Graphs;
using Shouldly;
using Xunit;
using R = Graph.Analysis.Tests.NetworkxReference;

namespace Graph.Analysis.Tests.Centrality;

// Every expected array comes from networkx; the script that produced it is in NetworkxReference.cs.
public sealed class CentralityAgainstNetworkxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Graphs => new() { "Karate", "D1", "D2" };

    private static CsrGraph GraphNamed(string name) => name switch
    {
        "Karate" => R.Karate(),
        "D1" => R.D1(),
        "D2" => R.D2(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static double[] Expected(string graph, string measure) =>
        (double[])typeof(R).GetField(graph + measure)!.GetValue(null)!;

    private static void ShouldMatch(IReadOnlyList<double> actual, string graph, string measure)
    {
        var expected = Expected(graph, measure);
        var deviation = R.MaxDeviation(actual, expected);
        deviation.ShouldBeLessThan(R.Tolerance, $"{graph} {measure}: max deviation from networkx {deviation:E2}");
        DeviationLog.Record(graph + " " + measure, deviation);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void PageRank_matches_networkx_weighted_and_unweighted(string graph)
    {
        var g = GraphNamed(graph);
        var weighted = PageRank.Compute(g);
        var unweighted = PageRank.Compute(g, PageRankOptions.Default with { Weighted = false });
        weighted.Converged.ShouldBeTrue();
        ShouldMatch(weighted.Scores, graph, "PageRankWeighted");
        ShouldMatch(unweighted.Scores, graph, "PageRankUnweighted");
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Betweenness_matches_networkx_by_hops_and_by_distance(string graph)
    {
        var g = GraphNamed(graph);
        ShouldMatch(BetweennessCentrality.Compute(g, null, Ct), graph, "BetweennessUnweighted");
        ShouldMatch(BetweennessCentrality.Compute(g, new BetweennessOptions(Weighted: true), Ct), graph, "BetweennessWeighted");
        ShouldMatch(BetweennessCentrality.Compute(g, new BetweennessOptions(Normalized: false), Ct), graph, "BetweennessRaw");
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Closeness_matches_networkx_including_wasserman_faust_for_unreachable_vertices(string graph)
    {
        var g = GraphNamed(graph);
        ShouldMatch(ClosenessCentrality.Compute(g, null, Ct), graph, "ClosenessUnweighted");
        ShouldMatch(ClosenessCentrality.Compute(g, new ClosenessOptions(Weighted: true), Ct), graph, "ClosenessWeighted");
        ShouldMatch(ClosenessCentrality.Compute(g, new ClosenessOptions(WassermanFaust: false), Ct), graph, "ClosenessNoWf");
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Degrees_match_networkx(string graph)
    {
        var g = GraphNamed(graph);
        ShouldMatch(DegreeCentrality.Normalized(g), graph, "DegreeCentrality");
        ShouldMatch(DegreeCentrality.WeightedDegree(g), graph, "WeightedDegree");
        if (!g.IsDirected) return;
        ShouldMatch(DegreeCentrality.InDegree(g).Select(d => (double)d).ToArray(), graph, "InDegree");
        ShouldMatch(DegreeCentrality.OutDegree(g).Select(d => (double)d).ToArray(), graph, "OutDegree");
        ShouldMatch(DegreeCentrality.WeightedInDegree(g), graph, "WeightedInDegree");
        ShouldMatch(DegreeCentrality.WeightedOutDegree(g), graph, "WeightedOutDegree");
    }

    [Fact]
    public void Karate_club_centre_is_the_instructor_and_the_president()
    {
        // A sanity check a reader can verify without networkx: members 0 and 33 lead the two factions.
        var pageRank = PageRank.Compute(R.Karate()).Scores;
        var top = Enumerable.Range(0, 34).OrderByDescending(v => pageRank[v]).Take(2).Order().ToArray();
        top.ShouldBe([0, 33]);
    }

    [Fact]
    public void PageRank_of_an_empty_graph_is_empty_and_a_lone_vertex_has_all_of_it()
    {
        PageRank.Compute(new CsrGraphBuilder(0, directed: true).Build()).Scores.ShouldBeEmpty();
        PageRank.Compute(new CsrGraphBuilder(1, directed: true).Build()).Scores.ShouldBe([1.0]);
    }

    [Fact]
    public void Weighted_betweenness_refuses_a_zero_distance_rather_than_miscounting()
    {
        var g = new CsrGraphBuilder(3, directed: true).AddEdge(0, 1, 0).AddEdge(1, 2, 1).Build();
        Should.Throw<ArgumentException>(() => BetweennessCentrality.Compute(g, new BetweennessOptions(Weighted: true), Ct))
            .Message.ShouldContain("positive");
    }
}
