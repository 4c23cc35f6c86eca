using Graph.Analysis.Graphs;
using Graph.Analysis.Paths;
using Shouldly;
using Xunit;
using R = Graph.Analysis.Tests.NetworkxReference;

namespace Graph.Analysis.Tests.Paths;

public sealed class ShortestPathTests
{
    [Fact]
    public void Shortest_and_cheapest_paths_match_networkx()
    {
        // networkx: D2 shortest 0->9 [0, 1, 9]; dijkstra 0->9 [0, 1, 9] 8.0; dijkstra 2->8 [2, 3, 4, 5, 7, 8] 8.0
        var d2 = R.D2();
        ShortestPath.Shortest(d2, 0, 9)!.Vertices.ShouldBe([0, 1, 9]);
        var cheap = ShortestPath.Cheapest(d2, 0, 9)!;
        cheap.Vertices.ShouldBe([0, 1, 9]);
        cheap.Length.ShouldBe(8.0);
        var longer = ShortestPath.Cheapest(d2, 2, 8)!;
        longer.Vertices.ShouldBe([2, 3, 4, 5, 7, 8]);
        longer.Length.ShouldBe(8.0);

        // networkx: Karate shortest 16->25 has 4 hops; dijkstra length 12
        ShortestPath.Shortest(R.Karate(), 16, 25)!.Hops.ShouldBe(4);
        ShortestPath.Cheapest(R.Karate(), 16, 25)!.Length.ShouldBe(12);
    }

    [Fact]
    public void No_path_against_the_direction_of_the_edges()
    {
        ShortestPath.Shortest(R.D2(), 9, 0).ShouldBeNull();
        ShortestPath.Shortest(R.D2(), 9, 0, EdgeDirection.Both).ShouldNotBeNull();
        ShortestPath.Shortest(R.D1(), 0, 7).ShouldBeNull();
    }

    [Fact]
    public void Ego_network_matches_networkx()
    {
        // networkx: Karate ego(0, radius 1) has 17 nodes and 34 edges, radius 2 has 26 nodes;
        // D2 ego(4, radius 1, undirected=True) [3, 4, 5, 6], directed [4, 5]
        var karate = EgoNetwork.Compute(R.Karate(), 0, 1);
        karate.Vertices.Count.ShouldBe(17);
        karate.Subgraph.EdgeCount.ShouldBe(34);
        EgoNetwork.Compute(R.Karate(), 0, 2).Vertices.Count.ShouldBe(26);
        EgoNetwork.Compute(R.D2(), 4, 1).Vertices.ShouldBe([3, 4, 5, 6]);
        EgoNetwork.Compute(R.D2(), 4, 1, EdgeDirection.Out).Vertices.ShouldBe([4, 5]);
        EgoNetwork.Compute(R.D2(), 4, 0).Vertices.ShouldBe([4]);
    }

    [Fact]
    public void A_search_object_can_be_reused_from_another_source()
    {
        var search = new ShortestPathSearch(R.D2(), weighted: true);
        search.Run(0, stopAt: 1);
        search.Run(2);
        search.DistanceTo(8).ShouldBe(8.0);
        search.DistanceTo(0).ShouldBe(3.5);
        search.Run(9);
        search.ReachedCount.ShouldBe(1);
        double.IsPositiveInfinity(search.DistanceTo(0)).ShouldBeTrue();
    }

    [Fact]
    public void A_hop_search_stopped_early_leaves_nothing_behind_for_the_next_run()
    {
        var search = new ShortestPathSearch(R.Karate(), weighted: false);
        search.Run(0, stopAt: 1);
        search.Run(16);
        search.DistanceTo(25).ShouldBe(4);
        search.ReachedCount.ShouldBe(34);
        search.PathTo(25)!.Count.ShouldBe(5);
    }

    [Fact]
    public void Parallel_edges_merge_by_summing_their_weights()
    {
        var g = new CsrGraphBuilder(2, directed: false).AddEdge(0, 1, 2).AddEdge(1, 0, 3).Build();
        g.EdgeCount.ShouldBe(1);
        g.WeightOf(0, 1).ShouldBe(5);
        g.WeightOf(1, 0).ShouldBe(5);
    }
}
