namespace Graph.Ingestion.Ledger;

/// <summary>One article (by content hash) or one unreadable input, as the ledger records it.</summary>
public sealed record LedgerEntry(
    string Id,
    LedgerState State,
    string Source,
    string? Title,
    int Attempts,
    string? LastError,
    DateTimeOffset FirstSeen,
    DateTimeOffset Updated,
    DateTimeOffset? DoneAt,
    int? Events);
