using Graph.Analysis.Actors;
using Graph.Analysis.Summary;
using Shouldly;
using Xunit;
using static Graph.Analysis.Tests.SampleGraphs;

namespace Graph.Analysis.Tests.Summary;

public sealed class GraphAnalyzerTests
{
    [Fact]
    public void Summary_names_the_busiest_warmest_and_most_hostile_pairs()
    {
        var summary = GraphAnalyzer.Analyze(ActorGraph.FromSnapshot(Snapshot()), new AnalyzeOptions(Top: 3), TestContext.Current.CancellationToken);
        summary.ActorCount.ShouldBe(5);
        summary.EventCount.ShouldBe(8);
        summary.MostConflictualPairs[0].ShouldSatisfyAllConditions(
            p => new[] { p.A.Name, p.B.Name }.Order().ShouldBe(["Russia", "Ukraine"]),
            p => p.ConflictSum.ShouldBe(20));
        summary.MostCooperativePairs[0].CooperationSum.ShouldBe(6.4, 1e-9);
        summary.MostActivePairs.Count.ShouldBe(3);
        summary.MostActivePairs.ShouldAllBe(p => p.EventCount == 2);
    }

    [Fact]
    public void Rankings_cover_every_measure_and_put_the_broker_first_by_betweenness()
    {
        var summary = GraphAnalyzer.Analyze(ActorGraph.FromSnapshot(Snapshot()), cancellationToken: TestContext.Current.CancellationToken);
        summary.Rankings.Select(r => r.Measure).ShouldBe(["degree", "weighted-degree", "pagerank", "betweenness", "closeness"]);
        // NATO links Putin's side to Russia and Ukraine.
        summary.Rankings.Single(r => r.Measure == "betweenness").Top[0].Actor.Name.ShouldBe("NATO");
        summary.Communities.Communities.ShouldNotBeEmpty();
        summary.ComponentCount.ShouldBe(1);
    }
}
