using Graph.Domain.Events;

namespace Graph.Extraction.Roles;

/// <summary>An event (or an actor doing something to no one named yet) reported earlier in the article.</summary>
public sealed record RecalledEvent(EventType Type, Participant Source, Participant? Target, int Sentence);

/// <summary>What earlier sentences of the article established for the role rules of later ones.</summary>
public sealed class DiscourseState
{
    /// <summary>The subject group of the last sentence that had one (Italian drops a repeated subject).</summary>
    public IReadOnlyList<Participant> LastSubject { get; set; } = [];

    public int LastSubjectSentence { get; set; } = -10;

    /// <summary>The last person acting as subject, for "he"/"she".</summary>
    public Participant? LastPerson { get; set; }

    /// <summary>The last two actors named together, for "i due leader", "the two sides".</summary>
    public IReadOnlyList<Participant> LastPair { get; set; } = [];

    /// <summary>The last two people named together, for "i due leader", "the two presidents".</summary>
    public IReadOnlyList<Participant> LastPersonPair { get; set; } = [];

    /// <summary>The last two states named together ("Russia e Ucraina").</summary>
    public IReadOnlyList<Participant> LastStatePair { get; set; } = [];

    /// <summary>People named so far, most recent first (one entry per actor).</summary>
    public List<Participant> RecentPeople { get; } = [];

    /// <summary>States named so far (also through capitals and institutions), most recent first.</summary>
    public List<Participant> RecentStates { get; } = [];

    /// <summary>Events assigned so far, oldest first: "condemned the drills" is aimed at whoever held them.</summary>
    public List<RecalledEvent> Events { get; } = [];

    public void Recall(EventType type, Participant source, Participant? target, int sentence)
    {
        ArgumentNullException.ThrowIfNull(source);
        Events.Add(new RecalledEvent(type, source.Carried($"source of the {type} of sentence {sentence + 1}"), target?.Carried($"target of the {type} of sentence {sentence + 1}"), sentence));
    }

    private readonly Dictionary<string, int> _mentions = new(StringComparer.Ordinal);

    /// <summary>The two states the article has named most so far (ties: the more recent): what "i due Paesi" means.</summary>
    public IReadOnlyList<Participant> SalientStates =>
        [.. RecentStates.Select((p, i) => (p, i)).OrderByDescending(x => _mentions.GetValueOrDefault(x.p.Actor.Id)).ThenBy(x => x.i).Take(2).Select(x => x.p)];

    public void Saw(Participant p)
    {
        ArgumentNullException.ThrowIfNull(p);
        _mentions[p.Actor.Id] = _mentions.GetValueOrDefault(p.Actor.Id) + 1;
        var list = p.Actor.Kind switch
        {
            Domain.Actors.ActorKind.Person => RecentPeople,
            Domain.Actors.ActorKind.State => RecentStates,
            _ => null,
        };
        if (list is null) return;
        list.RemoveAll(x => x.Actor.Id == p.Actor.Id);
        list.Insert(0, p);
    }
}
