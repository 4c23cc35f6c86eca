using System.Collections.Frozen;
using Graph.Domain.Events;

namespace Graph.Extraction.Cues;

[Flags]
public enum CueFlags
{
    None = 0,

    /// <summary>Both ends act on each other ("scambio di prigionieri"): a pair yields both directions.</summary>
    Reciprocal = 1,

    /// <summary>A visit: a capital or state after "a/in/to" is the one visited, not just a place.</summary>
    Destination = 2,

    /// <summary>Announces a meeting to come: INTEND_MEET whatever the tense.</summary>
    Future = 4,

    /// <summary>Also a verb of saying ("Mosca sostiene di ..." is a claim, not support): no event before "di"/"che".</summary>
    Claim = 8,
}

/// <summary>One element of a cue: the words that can stand there, and whether a few words may come before it.</summary>
public sealed record CueElement(FrozenDictionary<string, VerbForm> Words, bool GapBefore, bool IsVerb);

/// <summary>A compiled cue: "@esprimere ~ preoccupazione" → a verb element, a gap, a literal.</summary>
public sealed record CuePattern(EventType Type, string Text, IReadOnlyList<CueElement> Elements, CueFlags Flags)
{
    public bool IsVerbal => Elements.Any(e => e.IsVerb);

    public int VerbElement => Elements.ToList().FindIndex(e => e.IsVerb);
}

/// <summary>A cue found in a sentence: the matched token indices (gaps excluded), the head token and its verb form.</summary>
public sealed record CueMatch(CuePattern Pattern, IReadOnlyList<int> Tokens, int Head, VerbForm Form)
{
    public int First => Tokens[0];

    public int Last => Tokens[^1];

    public EventType Type => Pattern.Type;

    /// <summary>Used as a verb in this sentence (a verb element matched, not a noun of the same spelling).</summary>
    public bool IsVerbal => Form != VerbForm.None;
}
