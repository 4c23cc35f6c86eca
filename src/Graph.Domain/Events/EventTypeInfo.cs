using System.Collections.Frozen;

namespace Graph.Domain.Events;

/// <summary>What an event type means in CAMEO terms.</summary>
/// <param name="Goldstein">Conflict (−10) to cooperation (+10).</param>
/// <param name="Symmetric">Direction carries no meaning (a meeting is the same both ways).</param>
public sealed record EventTypeInfo(EventType Type, string Cameo, double Goldstein, QuadClass QuadClass, bool Symmetric, string Label)
{
    public bool IsCooperation => Goldstein > 0;

    public bool IsConflict => Goldstein < 0;
}

public static class EventTypes
{
    private static readonly FrozenDictionary<EventType, EventTypeInfo> ByType = new EventTypeInfo[]
    {
        new(EventType.MEET, "040", 1.0, QuadClass.VerbalCooperation, true, "meet"),
        new(EventType.PHONE_CALL, "041", 1.0, QuadClass.VerbalCooperation, true, "phone call"),
        new(EventType.NEGOTIATE, "046", 7.0, QuadClass.VerbalCooperation, true, "negotiate"),
        new(EventType.AGREE, "057", 8.0, QuadClass.VerbalCooperation, true, "sign or reach agreement"),
        new(EventType.INTEND_MEET, "036", 4.0, QuadClass.VerbalCooperation, true, "plan to meet"),
        new(EventType.SUPPORT, "051", 3.4, QuadClass.VerbalCooperation, false, "express support"),
        new(EventType.APPEAL, "020", 3.0, QuadClass.VerbalCooperation, false, "appeal"),
        new(EventType.AID, "070", 7.0, QuadClass.MaterialCooperation, false, "provide aid"),
        new(EventType.RELEASE, "0841", 7.0, QuadClass.MaterialCooperation, false, "release persons"),
        new(EventType.EASE_SANCTIONS, "081", 5.0, QuadClass.MaterialCooperation, false, "ease sanctions"),
        new(EventType.CONCERN, "012", -0.4, QuadClass.VerbalConflict, false, "express concern"),
        new(EventType.CRITICIZE, "111", -2.0, QuadClass.VerbalConflict, false, "criticize"),
        new(EventType.ACCUSE, "112", -2.0, QuadClass.VerbalConflict, false, "accuse"),
        new(EventType.DENY, "016", -2.0, QuadClass.VerbalConflict, false, "deny"),
        new(EventType.REJECT, "120", -4.0, QuadClass.VerbalConflict, false, "reject"),
        new(EventType.THREATEN, "130", -4.4, QuadClass.VerbalConflict, false, "threaten"),
        new(EventType.SANCTION, "163", -8.0, QuadClass.MaterialConflict, false, "impose sanctions"),
        new(EventType.REDUCE_RELATIONS, "160", -4.0, QuadClass.VerbalConflict, false, "reduce relations"),
        new(EventType.MOBILIZE, "150", -7.2, QuadClass.MaterialConflict, false, "military posture"),
        new(EventType.ATTACK, "190", -10.0, QuadClass.MaterialConflict, false, "attack"),
    }.ToFrozenDictionary(i => i.Type);

    public static IReadOnlyCollection<EventTypeInfo> All => ByType.Values;

    public static EventTypeInfo Info(this EventType type) =>
        ByType.TryGetValue(type, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type.");

    /// <summary>Parses a type name as written in gold files and on the command line (case-insensitive).</summary>
    public static bool TryParse(string? text, out EventType type)
    {
        type = default;
        return !string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim().Replace('-', '_').Replace(' ', '_'), ignoreCase: true, out type)
            && Enum.IsDefined(type);
    }
}
