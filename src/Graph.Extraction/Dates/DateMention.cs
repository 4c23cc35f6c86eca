using Graph.Domain.Dates;

namespace Graph.Extraction.Dates;

/// <summary>A date expression in a sentence: tokens [First, Last], what it resolves to, and whether it was written out.</summary>
/// <param name="Explicit">A written date ("27 settembre 2025", "March 3") rather than one relative to publication ("ieri").</param>
/// <param name="Future">Points after the publication day ("domani", "next week").</param>
public sealed record DateMention(int First, int Last, EventDate Date, string Text, bool Explicit, bool Future)
{
    /// <summary>Relative to the event told just before ("lo stesso giorno" 0, "il giorno prima" −1); null for any other date.</summary>
    public int? NarrativeOffset { get; init; }
}
