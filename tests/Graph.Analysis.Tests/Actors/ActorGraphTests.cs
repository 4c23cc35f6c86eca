using Graph.Analysis.Actors;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Shouldly;
using Xunit;
using static Graph.Analysis.Tests.SampleGraphs;

namespace Graph.Analysis.Tests.Actors;

public sealed class ActorGraphTests
{
    [Fact]
    public void Event_count_graph_counts_each_event_once_per_pair_when_undirected()
    {
        var graph = ActorGraph.FromSnapshot(Snapshot());
        var g = graph.Undirected();
        g.WeightOf(graph.IndexOf(Putin.Id), graph.IndexOf(Lukashenko.Id)).ShouldBe(2);
        g.WeightOf(graph.IndexOf(Russia.Id), graph.IndexOf(Ukraine.Id)).ShouldBe(2);
        g.WeightOf(graph.IndexOf(Ukraine.Id), graph.IndexOf(Nato.Id)).ShouldBe(2);
        g.EdgeCount.ShouldBe(5);
    }

    [Fact]
    public void Directed_graph_runs_source_to_target_and_symmetric_events_both_ways()
    {
        var graph = ActorGraph.FromSnapshot(Snapshot());
        var d = graph.Directed();
        int putin = graph.IndexOf(Putin.Id), luka = graph.IndexOf(Lukashenko.Id), russia = graph.IndexOf(Russia.Id), ukraine = graph.IndexOf(Ukraine.Id);
        d.WeightOf(putin, luka).ShouldBe(2);
        d.WeightOf(luka, putin).ShouldBe(2);
        d.WeightOf(russia, ukraine).ShouldBe(2);
        d.WeightOf(ukraine, russia).ShouldBeNull();
    }

    [Fact]
    public void Goldstein_splits_into_a_cooperation_graph_and_a_conflict_graph()
    {
        var graph = ActorGraph.FromSnapshot(Snapshot());
        int ukraine = graph.IndexOf(Ukraine.Id), nato = graph.IndexOf(Nato.Id), russia = graph.IndexOf(Russia.Id);
        var cooperation = graph.Undirected(EdgeWeighting.Cooperation);
        var conflict = graph.Undirected(EdgeWeighting.Conflict);
        cooperation.WeightOf(ukraine, nato)!.Value.ShouldBe(3.0 + 3.4, 1e-12);
        cooperation.WeightOf(russia, ukraine).ShouldBeNull();
        conflict.WeightOf(russia, ukraine).ShouldBe(20);
        conflict.WeightOf(nato, russia).ShouldBe(8);
        conflict.WeightOf(ukraine, nato).ShouldBeNull();

        var pair = graph.PairOf(russia, ukraine)!;
        pair.ConflictSum.ShouldBe(20);
        pair.GoldsteinSum.ShouldBe(-20);
    }

    [Fact]
    public void Filter_keeps_only_matching_events_and_their_actors()
    {
        var filter = new SnapshotFilter { Types = new HashSet<EventType> { EventType.MEET } };
        var graph = ActorGraph.FromSnapshot(Snapshot(), filter);
        graph.Actors.Select(a => a.Name).ShouldBe(["Alexander Lukashenko", "Vladimir Putin"]);
        graph.Events.Count.ShouldBe(2);

        var kinds = ActorGraph.FromSnapshot(Snapshot(), new SnapshotFilter { ActorKinds = new HashSet<ActorKind> { ActorKind.State } });
        kinds.Actors.Select(a => a.Name).ShouldBe(["Russia", "Ukraine"]);
    }

    [Fact]
    public async Task Loads_from_any_store_through_its_snapshot()
    {
        var store = new InMemoryStore(Snapshot());
        var filter = new SnapshotFilter { From = new DateOnly(2025, 10, 1), To = new DateOnly(2025, 10, 2), IncludeUndated = false };
        var graph = await ActorGraph.LoadAsync(store, filter, TestContext.Current.CancellationToken);
        graph.Events.Count.ShouldBe(2);
        graph.Pairs.Single().EventCount.ShouldBe(2);
        store.LastFilter.ShouldBe(filter);
    }

    [Fact]
    public void Events_without_a_target_keep_their_actor_as_an_isolated_vertex()
    {
        var graph = ActorGraph.FromSnapshot(With(Event(Nato, EventType.MOBILIZE, null)));
        graph.VertexCount.ShouldBe(1);
        graph.Undirected().EdgeCount.ShouldBe(0);
        graph.Pairs.ShouldBeEmpty();
    }

    [Fact]
    public void Restricting_to_an_ego_network_keeps_the_events_among_the_neighbours()
    {
        var graph = ActorGraph.FromSnapshot(Snapshot());
        var ego = Graph.Analysis.Paths.EgoNetwork.Compute(graph.Directed(), graph.IndexOf(Russia.Id), 1);
        var around = graph.Restrict(ego.Vertices);
        around.Actors.Select(a => a.Name).ShouldBe(["NATO", "Russia", "Ukraine"]);
        // The attacks, the sanction, the appeal and the support; not Putin's criticism of NATO.
        around.Events.Count.ShouldBe(5);
    }

    private sealed class InMemoryStore(GraphSnapshot snapshot) : IGraphStore
    {
        public SnapshotFilter? LastFilter { get; private set; }

        public string Description => "memory";

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<StoreWriteResult> WriteAsync(ArticleExtraction extraction, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task<StoreCounts> CountAsync(CancellationToken cancellationToken) => Task.FromResult(new StoreCounts(0, snapshot.Actors.Count, snapshot.Events.Count, 0));

        public Task<GraphSnapshot> ReadSnapshotAsync(SnapshotFilter filter, CancellationToken cancellationToken)
        {
            LastFilter = filter;
            return Task.FromResult(snapshot with { Events = [.. snapshot.Events.Where(filter.Matches)] });
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
