using Graph.Domain.Actors;
using Graph.Extraction.Actors;

namespace Graph.Extraction.Roles;

/// <summary>The grammatical marking in front of an actor mention, which decides what role it can take.</summary>
public enum Marker
{
    None,
    Genitive,
    Agent,
    Place,
    Dative,
    With,
    Between,
    Against,
    For,
}

/// <summary>An actor mention placed on the sentence's tokens [First, Last] with its marking.</summary>
/// <param name="Representative">A genitive after a word that stands for its owner ("il portavoce del Cremlino", "i ministri del G7").</param>
/// <param name="RelativeSubject">Followed by "che"/"who": the subject of the verb that follows.</param>
/// <param name="Usable">Can fill a role at all (a demonym only next to a noun that makes it an actor: "forze russe").</param>
public sealed record ActorSpan(int Index, ActorMention Mention, int First, int Last, Marker Marker, bool Representative, bool RelativeSubject, bool Usable, bool Possessive)
{
    public Actor Actor => Mention.Actor;

    public ActorMentionKind Kind => Mention.Kind;

    /// <summary>Free to be a subject or object: no preposition in front, or one that only marks who stands behind a representative.</summary>
    public bool IsBare => Marker == Marker.None || Representative;

    public bool IsPlaceLike => Kind is ActorMentionKind.Capital || (Actor.Kind == ActorKind.State && Kind is ActorMentionKind.Name or ActorMentionKind.Metonym);
}
