using Shouldly;
using Xunit;

namespace Graph.Analysis.Tests;

public sealed class DeviationReportTests
{
    [Fact]
    public void Largest_deviation_from_networkx_is_reported()
    {
        // Runs the comparisons itself so the figure does not depend on test order.
        var centrality = new Centrality.CentralityAgainstNetworkxTests();
        foreach (var g in new[] { "Karate", "D1", "D2" })
        {
            centrality.PageRank_matches_networkx_weighted_and_unweighted(g);
            centrality.Betweenness_matches_networkx_by_hops_and_by_distance(g);
            centrality.Closeness_matches_networkx_including_wasserman_faust_for_unreachable_vertices(g);
            centrality.Degrees_match_networkx(g);
        }
        new Communities.LouvainTests().Modularity_of_a_given_partition_matches_networkx();
        var largest = DeviationLog.Largest;
        TestContext.Current.SendDiagnosticMessage($"max |deviation| from networkx over {DeviationLog.Count} comparisons: {largest.Value:E3} ({largest.Key})");
        largest.Value.ShouldBeLessThan(NetworkxReference.Tolerance);
    }
}
