using System.Collections.Frozen;
using Graph.Domain.Events;

namespace Graph.Reports.Html;

/// <summary>
/// One colour per event type. Cooperation is drawn in blues and greens, conflict in oranges, reds and
/// purples, so a chart's balance shows at a glance; every colour keeps 3:1 contrast on white and prints.
/// </summary>
public static class TypePalette
{
    private static readonly FrozenDictionary<EventType, string> Colours = new Dictionary<EventType, string>
    {
        [EventType.MEET] = "#1f77b4",
        [EventType.PHONE_CALL] = "#4e9fd6",
        [EventType.NEGOTIATE] = "#17606b",
        [EventType.AGREE] = "#2a9d8f",
        [EventType.INTEND_MEET] = "#78909c",
        [EventType.SUPPORT] = "#3f51b5",
        [EventType.APPEAL] = "#8e9bd8",
        [EventType.AID] = "#2e7d32",
        [EventType.RELEASE] = "#66a84c",
        [EventType.EASE_SANCTIONS] = "#9ccc65",
        [EventType.CONCERN] = "#e6b800",
        [EventType.CRITICIZE] = "#f4a259",
        [EventType.ACCUSE] = "#e8590c",
        [EventType.DENY] = "#8d6e63",
        [EventType.REJECT] = "#5d4037",
        [EventType.THREATEN] = "#9c27b0",
        [EventType.SANCTION] = "#880e4f",
        [EventType.REDUCE_RELATIONS] = "#b39ddb",
        [EventType.MOBILIZE] = "#ef5350",
        [EventType.ATTACK] = "#b71c1c",
    }.ToFrozenDictionary();

    public static string Of(EventType type) => Colours.TryGetValue(type, out var colour) ? colour : "#777777";
}
