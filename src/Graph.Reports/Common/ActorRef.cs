using Graph.Domain.Actors;

namespace Graph.Reports.Common;

/// <summary>An actor as a report names it: enough to show and to look it up again.</summary>
public sealed record ActorRef(string Id, string Name, ActorKind Kind, string? Country)
{
    public static ActorRef From(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Name, actor.Kind, actor.Country);
    }
}
