using Graph.Analysis.Components;
using Graph.Analysis.Graphs;
using Shouldly;
using Xunit;
using R = Graph.Analysis.Tests.NetworkxReference;

namespace Graph.Analysis.Tests.Components;

public sealed class ComponentsAgainstNetworkxTests
{
    private static int[][] Sorted(ComponentResult result) =>
        [.. result.Components.Select(c => c.Order().ToArray()).OrderBy(c => c[0])];

    [Fact]
    public void Strongly_connected_components_match_networkx()
    {
        // networkx: D1 SCCs [[0, 1, 2], [3, 4], [5], [6], [7]]; D2 SCCs [[0, 1, 2, 3], [4, 5, 6], [7, 8], [9]]
        Sorted(StronglyConnectedComponents.Compute(R.D1())).ShouldBe([[0, 1, 2], [3, 4], [5], [6], [7]]);
        Sorted(StronglyConnectedComponents.Compute(R.D2())).ShouldBe([[0, 1, 2, 3], [4, 5, 6], [7, 8], [9]]);
    }

    [Fact]
    public void Weakly_connected_components_match_networkx()
    {
        // networkx: D1 WCCs [[0, 1, 2, 3, 4, 5, 6], [7]]; D2 is one weak component.
        var d1 = WeaklyConnectedComponents.Compute(R.D1());
        Sorted(d1).ShouldBe([[0, 1, 2, 3, 4, 5, 6], [7]]);
        d1.Membership[0].ShouldBe(0, "the largest component is numbered 0");
        WeaklyConnectedComponents.Compute(R.D2()).Count.ShouldBe(1);
        WeaklyConnectedComponents.Compute(R.Karate()).Count.ShouldBe(1);
    }

    [Fact]
    public void Tarjan_handles_a_chain_of_fifty_thousand_vertices_without_recursion()
    {
        const int n = 50_000;
        var builder = new CsrGraphBuilder(n, directed: true);
        for (var v = 0; v + 1 < n; v++) builder.AddEdge(v, v + 1);
        builder.AddEdge(n - 1, 0);
        var cycle = StronglyConnectedComponents.Compute(builder.Build());
        cycle.Count.ShouldBe(1);

        var chain = new CsrGraphBuilder(n, directed: true);
        for (var v = 0; v + 1 < n; v++) chain.AddEdge(v, v + 1);
        StronglyConnectedComponents.Compute(chain.Build()).Count.ShouldBe(n);
    }
}
