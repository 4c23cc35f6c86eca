namespace Graph.Ingestion.Ledger;

/// <summary>Where an article stands. Pending covers "being worked on" and "waiting for the store": both are redone after a restart.</summary>
public enum LedgerState
{
    Pending,
    Done,
    Failed,
}
