using Graph.Domain.Dates;

namespace Graph.Extraction.Dates;

/// <summary>
/// Where the story stands in time as an article is read: the last day it told (what "in serata",
/// "il giorno prima" and an undated continuation refer to) and the last date of any precision.
/// A flashback ("il giorno prima", "aveva incontrato") is told from the story's day but does not move it.
/// </summary>
public sealed class NarrativeClock
{
    public DateOnly? Day { get; private set; }

    /// <summary>The paragraph in which <see cref="Day"/> was last told; −1 before any.</summary>
    public int DayParagraph { get; private set; } = -1;

    public EventDate Story { get; private set; } = EventDate.Unknown;

    public void Tell(EventDate date, int paragraph)
    {
        if (!date.IsKnown) return;
        Story = date;
        if (date.Precision == DatePrecision.Day)
        {
            Day = date.Start;
            DayParagraph = paragraph;
        }
    }

    /// <summary>The story's day, when the sentence is in the paragraph that told it or the next one.</summary>
    public DateOnly? DayNear(int paragraph) => Day is not null && paragraph - DayParagraph is >= 0 and <= 1 ? Day : null;
}
