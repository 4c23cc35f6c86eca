using System.Collections.Immutable;

namespace Graph.Domain.Events;

/// <summary>Why the extractor produced an event: the cue it matched, the rule that assigned roles and how each actor was resolved.</summary>
/// <param name="Cue">The matched cue as it stands in the text ("ha accolto").</param>
/// <param name="Rule">The name of the rule or pattern ("it.verb.active-svo").</param>
/// <param name="Resolutions">One line per actor resolution ("il presidente bielorusso → Alexander Lukashenko (title, named earlier)").</param>
public sealed record Evidence(string Cue, string Rule, ImmutableArray<string> Resolutions)
{
    public bool Equals(Evidence? other) =>
        other is not null && Cue == other.Cue && Rule == other.Rule && Resolutions.SequenceEqual(other.Resolutions);

    public override int GetHashCode() => HashCode.Combine(Cue, Rule, Resolutions.Length);
}
