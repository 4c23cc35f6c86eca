using Graph.Domain.Actors;

namespace Graph.Extraction.Actors;

/// <summary>An actor found in a sentence: the span [Start, End) in the article text, how it was recognised, and why.</summary>
/// <param name="Note">One line for --explain: "il presidente bielorusso → Alexander Lukashenko (head of state of BLR on 2025-09-27)".</param>
public sealed record ActorMention(Actor Actor, int Start, int End, ActorMentionKind Kind, string Note)
{
    public int Length => End - Start;
}
