using Graph.Analysis.Communities;
using Shouldly;
using Xunit;
using R = Graph.Analysis.Tests.NetworkxReference;

namespace Graph.Analysis.Tests.Communities;

public sealed class LouvainTests
{
    [Fact]
    public void Modularity_of_a_given_partition_matches_networkx()
    {
        var clubs = new int[34];
        for (var v = 0; v < 34; v++) clubs[v] = R.KarateMrHi.Contains(v) ? 0 : 1;
        var weighted = Modularity.Compute(R.Karate(), clubs);
        var unweighted = Modularity.Compute(R.Karate().Unweighted(), clubs);
        Math.Abs(weighted - R.KarateClubsModularityWeighted).ShouldBeLessThan(R.Tolerance);
        Math.Abs(unweighted - R.KarateClubsModularityUnweighted).ShouldBeLessThan(R.Tolerance);
        DeviationLog.Record("Karate modularity", Math.Max(Math.Abs(weighted - R.KarateClubsModularityWeighted), Math.Abs(unweighted - R.KarateClubsModularityUnweighted)));

        int[] three = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2];
        var directed = Modularity.Compute(R.D2(), three);
        Math.Abs(directed - R.D2DirectedModularityOfThreeGroups).ShouldBeLessThan(R.Tolerance);
        DeviationLog.Record("D2 directed modularity", Math.Abs(directed - R.D2DirectedModularityOfThreeGroups));
    }

    [Fact]
    public void Louvain_on_the_karate_club_is_at_least_as_modular_as_networkx()
    {
        var weighted = Louvain.Compute(R.Karate(), new LouvainOptions(Seed: 42), cancellationToken: TestContext.Current.CancellationToken);
        var unweighted = Louvain.Compute(R.Karate().Unweighted(), new LouvainOptions(Seed: 42), cancellationToken: TestContext.Current.CancellationToken);
        weighted.Modularity.ShouldBeGreaterThan(R.KarateLouvainWeighted - 0.02);
        unweighted.Modularity.ShouldBeGreaterThan(R.KarateLouvainUnweighted - 0.02);
        weighted.CommunityCount.ShouldBeInRange(2, 6);
        TestContext.Current.SendDiagnosticMessage($"karate louvain modularity: weighted {weighted.Modularity:F4} (networkx {R.KarateLouvainWeighted:F4}), unweighted {unweighted.Modularity:F4} (networkx {R.KarateLouvainUnweighted:F4})");
        // The reported modularity is that of the partition returned.
        weighted.Modularity.ShouldBe(Modularity.Compute(R.Karate(), weighted.Membership), 1e-12);
    }

    [Fact]
    public void Louvain_on_a_directed_graph_works_on_its_undirected_view()
    {
        var result = Louvain.Compute(R.D2(), new LouvainOptions(Seed: 42), cancellationToken: TestContext.Current.CancellationToken);
        result.Modularity.ShouldBeGreaterThan(R.D2UndirectedLouvain - 0.02);
    }

    [Fact]
    public void The_same_seed_gives_the_same_communities()
    {
        var first = Louvain.Compute(R.Karate(), new LouvainOptions(Seed: 7), cancellationToken: TestContext.Current.CancellationToken);
        var second = Louvain.Compute(R.Karate(), new LouvainOptions(Seed: 7), cancellationToken: TestContext.Current.CancellationToken);
        second.Membership.ShouldBe(first.Membership);
    }

    [Fact]
    public void Communities_are_numbered_largest_first_and_cover_every_vertex()
    {
        var result = Louvain.Compute(R.Karate(), null, TestContext.Current.CancellationToken);
        var communities = result.Communities();
        communities.Sum(c => c.Count).ShouldBe(34);
        communities.Select(c => c.Count).ShouldBe(communities.Select(c => c.Count).OrderDescending());
    }

    [Fact]
    public void A_graph_without_edges_leaves_every_vertex_alone()
    {
        var result = Louvain.Compute(new Graphs.CsrGraphBuilder(3, directed: false).Build(), null, TestContext.Current.CancellationToken);
        result.CommunityCount.ShouldBe(3);
        result.Modularity.ShouldBe(0);
    }
}
