namespace Graph.Extraction.Roles;

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
}
