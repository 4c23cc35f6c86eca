using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Dates;

namespace Graph.Domain.Events;

/// <summary>An actor–event–actor triple with when and where it happened and every sentence that reports it.</summary>
/// <param name="Target">Null for events with no actor on the receiving end.</param>
/// <param name="Confidence">In [0, 1].</param>
/// <param name="Alleged">Reported by one side or hedged ("avrebbe attaccato", "allegedly").</param>
public sealed record Event(
    Actor Source,
    EventType Type,
    Actor? Target,
    EventDate Date,
    string? Place,
    double Confidence,
    bool Alleged,
    ImmutableArray<Mention> Mentions,
    Evidence? Evidence = null)
{
    public string Key => EventKey.Compute(Source.Id, Type, Target?.Id, Date);

    public EventTypeInfo Info => Type.Info();

    public bool Equals(Event? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>Merges another report of the same event: mentions are unioned, the higher confidence kept, the first place and evidence kept.</summary>
    public Event MergeWith(Event other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Key != Key)
        {
            throw new ArgumentException($"Cannot merge event {other.Key} into {Key}: they are different events.", nameof(other));
        }
        var mentions = Mentions.AddRange(other.Mentions.Where(m => !Mentions.Contains(m)));
        return this with
        {
            Mentions = mentions,
            Confidence = Math.Max(Confidence, other.Confidence),
            Place = Place ?? other.Place,
            Alleged = Alleged && other.Alleged,
            Evidence = Evidence ?? other.Evidence,
        };
    }
}
