using System.Security.Cryptography;
using System.Text;
using Graph.Domain.Dates;

namespace Graph.Domain.Events;

/// <summary>
/// The identity of an event: (source, type, target, date). Symmetric types put their ends in
/// ordinal order, so "A meets B" and "B meets A" on the same day are one event, while the same
/// pair meeting on two dates are two.
/// </summary>
public static class EventKey
{
    public static string Compute(string sourceId, EventType type, string? targetId, EventDate date)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var (a, b) = (sourceId, targetId ?? string.Empty);
        if (type.Info().Symmetric && b.Length > 0 && string.CompareOrdinal(a, b) > 0)
        {
            (a, b) = (b, a);
        }
        var text = $"{a}|{type}|{b}|{date.Iso ?? "?"}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        // 16 bytes keep collisions out of reach for any realistic corpus and stay readable in Browser.
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
