using Graph.Domain.Actors;
using Graph.Extraction.Actors;

namespace Graph.Extraction.Roles;

/// <summary>An actor filling a role: from a span of this sentence, or carried from earlier ones (<paramref name="Via"/> says how).</summary>
public sealed record Participant(ActorMention Mention, ActorSpan? Span, string? Via = null)
{
    public Actor Actor => Mention.Actor;

    public static Participant From(ActorSpan span) => new(span.Mention, span, null);

    public Participant Carried(string via) => this with { Span = null, Via = via };
}

/// <summary>Source and target of one event found by a named rule.</summary>
/// <param name="Weight">How much the rule is trusted, in (0, 1].</param>
public sealed record RoleAssignment(Participant Source, Participant Target, string Rule, double Weight);
