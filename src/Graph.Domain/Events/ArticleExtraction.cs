using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;

namespace Graph.Domain.Events;

/// <summary>What extraction made of one article: its events (one per distinct event), the actors they involve, and warnings.</summary>
public sealed record ArticleExtraction(Article Article, ImmutableArray<Event> Events, ImmutableArray<string> Warnings)
{
    public IEnumerable<Actor> Actors =>
        Events.SelectMany(e => e.Target is null ? [e.Source] : new[] { e.Source, e.Target }).DistinctBy(a => a.Id);

    /// <summary>Collapses reports of the same event into one, keeping every mention, in first-seen order.</summary>
    public static ImmutableArray<Event> Deduplicate(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var order = new List<string>();
        var byKey = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (byKey.TryGetValue(e.Key, out var seen))
            {
                byKey[e.Key] = seen.MergeWith(e);
            }
            else
            {
                byKey[e.Key] = e;
                order.Add(e.Key);
            }
        }
        return [.. order.Select(k => byKey[k])];
    }
}
