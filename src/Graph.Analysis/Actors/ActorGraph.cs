using Graph.Analysis.Graphs;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Analysis.Actors;

/// <summary>
/// The actors of a snapshot as graph vertices, and the events between them as weighted edges.
/// <para>
/// Directed graphs run source → target. An event of a symmetric type (MEET, PHONE_CALL, NEGOTIATE,
/// AGREE, INTEND_MEET) has no meaningful direction, so it adds its weight both ways: a meeting makes
/// each side a successor of the other, and PageRank or in-degree do not depend on who the article
/// named first. The undirected view counts every event once per pair, whatever its type. Events
/// without a target and events of an actor with itself are kept in <see cref="Events"/> but make no
/// edge; their actors are still vertices.
/// </para>
/// </summary>
public sealed class ActorGraph
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<(int, int), ActorPair> _pairs;
    private readonly Dictionary<(EdgeWeighting, bool), CsrGraph> _graphs = [];

    private ActorGraph(IReadOnlyList<Actor> actors, IReadOnlyList<Event> events)
    {
        Actors = actors;
        Events = events;
        _index = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++) _index[actors[i].Id] = i;
        var byPair = new Dictionary<(int, int), List<Event>>();
        foreach (var e in events)
        {
            if (e.Target is null || e.Target.Id == e.Source.Id) continue;
            var key = PairKey(_index[e.Source.Id], _index[e.Target.Id]);
            if (!byPair.TryGetValue(key, out var list)) byPair[key] = list = [];
            list.Add(e);
        }
        _pairs = byPair.ToDictionary(kv => kv.Key, kv => new ActorPair(actors[kv.Key.Item1], actors[kv.Key.Item2], kv.Value.OrderBy(e => e.Date).ToList()));
        Pairs = [.. _pairs.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2).Select(kv => kv.Value)];
    }

    /// <summary>Vertex i is Actors[i]; ordered by name, then id.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Event> Events { get; }

    /// <summary>Every pair of actors with at least one event between them.</summary>
    public IReadOnlyList<ActorPair> Pairs { get; }

    public int VertexCount => Actors.Count;

    public bool IsEmpty => Events.Count == 0;

    public static ActorGraph FromSnapshot(GraphSnapshot snapshot, SnapshotFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Re-applying the filter costs little and guards against a store that honours only part of it.
        var events = filter is null ? snapshot.Events : snapshot.Events.Where(filter.Matches).ToList();
        var known = snapshot.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            // Prefer the catalogue copy of the actor (it may carry a country or aliases the event's copy lacks).
            actors.TryAdd(e.Source.Id, known.GetValueOrDefault(e.Source.Id) ?? e.Source);
            if (e.Target is not null) actors.TryAdd(e.Target.Id, known.GetValueOrDefault(e.Target.Id) ?? e.Target);
        }
        var ordered = actors.Values.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        return new ActorGraph(ordered, events.ToList());
    }

    /// <summary>Loads a snapshot from any store and builds the graph.</summary>
    public static async Task<ActorGraph> LoadAsync(IGraphStore store, SnapshotFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await store.ReadSnapshotAsync(filter, cancellationToken);
        return FromSnapshot(snapshot, filter);
    }

    /// <summary>
    /// The graph of these actors only: the events with both ends among them (and their events
    /// without a target). With <see cref="Paths.EgoNetwork"/> this gives an actor's k-hop neighbourhood.
    /// </summary>
    public ActorGraph Restrict(IEnumerable<int> vertices)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        var keep = vertices.Select(v => Actors[v].Id).ToHashSet(StringComparer.Ordinal);
        var events = Events.Where(e => keep.Contains(e.Source.Id) && (e.Target is null || keep.Contains(e.Target.Id))).ToList();
        return new ActorGraph([.. Actors.Where(a => keep.Contains(a.Id))], events);
    }

    public int IndexOf(string actorId) => _index.TryGetValue(actorId, out var i) ? i : -1;

    public int IndexOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return IndexOf(actor.Id);
    }

    /// <summary>The events between two actors in either direction, in date order (empty when none).</summary>
    public IReadOnlyList<Event> EventsBetween(int a, int b) => _pairs.TryGetValue(PairKey(a, b), out var pair) ? pair.Events : [];

    public ActorPair? PairOf(int a, int b) => _pairs.GetValueOrDefault(PairKey(a, b));

    /// <summary>Source → target edges (symmetric types both ways), weighted as asked. Built once and cached.</summary>
    public CsrGraph Directed(EdgeWeighting weighting = EdgeWeighting.EventCount) => Build(weighting, directed: true);

    /// <summary>One edge per pair, each event counted once.</summary>
    public CsrGraph Undirected(EdgeWeighting weighting = EdgeWeighting.EventCount) => Build(weighting, directed: false);

    private CsrGraph Build(EdgeWeighting weighting, bool directed)
    {
        lock (_graphs)
        {
            if (_graphs.TryGetValue((weighting, directed), out var cached)) return cached;
            var builder = new CsrGraphBuilder(VertexCount, directed);
            foreach (var e in Events)
            {
                if (e.Target is null || e.Target.Id == e.Source.Id) continue;
                var weight = WeightOf(e, weighting);
                if (weight <= 0) continue;
                var s = _index[e.Source.Id];
                var t = _index[e.Target.Id];
                builder.AddEdge(s, t, weight);
                if (directed && e.Info.Symmetric) builder.AddEdge(t, s, weight);
            }
            return _graphs[(weighting, directed)] = builder.Build();
        }
    }

    public static double WeightOf(Event e, EdgeWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(e);
        var goldstein = e.Info.Goldstein;
        return weighting switch
        {
            EdgeWeighting.EventCount => 1.0,
            EdgeWeighting.Cooperation => goldstein > 0 ? goldstein : 0,
            EdgeWeighting.Conflict => goldstein < 0 ? -goldstein : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, null),
        };
    }

    private static (int, int) PairKey(int a, int b) => a <= b ? (a, b) : (b, a);
}
