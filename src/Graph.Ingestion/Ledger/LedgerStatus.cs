using System.Globalization;

namespace Graph.Ingestion.Ledger;

/// <summary>What <c>graph status</c> shows: counts by state, the last success and error, recent throughput and the worker's heartbeat.</summary>
public sealed record LedgerStatus(
    long Pending,
    long Done,
    long Failed,
    DateTimeOffset? LastSuccess,
    LedgerEntry? LastError,
    long DoneLast5Minutes,
    long DoneLast15Minutes,
    DateTimeOffset? Heartbeat)
{
    public double PerMinuteLast5 => DoneLast5Minutes / 5.0;

    public double PerMinuteLast15 => DoneLast15Minutes / 15.0;

    /// <summary>
    /// Unhealthy when the worker has not written the ledger for <paramref name="unhealthyAfter"/>
    /// (stopped or hung), or work is pending and nothing succeeded for that long (store down, stuck).
    /// </summary>
    public IReadOnlyList<string> Problems(DateTimeOffset now, TimeSpan unhealthyAfter)
    {
        var problems = new List<string>();
        if (Heartbeat is not { } beat)
        {
            problems.Add("the worker has never run against this ledger");
        }
        else if (now - beat > unhealthyAfter)
        {
            problems.Add($"the worker has not written the ledger for {Describe(now - beat)} (limit {Describe(unhealthyAfter)})");
        }
        if (Pending > 0)
        {
            var since = LastSuccess ?? Heartbeat;
            if (since is { } s && now - s > unhealthyAfter)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{Pending} articles pending but no success for {Describe(now - s)} (limit {Describe(unhealthyAfter)})"));
            }
        }
        return problems;
    }

    /// <summary>"3m12s", "2h05m", "40s": short enough for a log line.</summary>
    public static string Describe(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        var inv = CultureInfo.InvariantCulture;
        if (span.TotalHours >= 24) return string.Create(inv, $"{(int)span.TotalDays}d{span.Hours:00}h");
        if (span.TotalMinutes >= 60) return string.Create(inv, $"{(int)span.TotalHours}h{span.Minutes:00}m");
        if (span.TotalSeconds >= 60) return string.Create(inv, $"{(int)span.TotalMinutes}m{span.Seconds:00}s");
        return string.Create(inv, $"{(int)span.TotalSeconds}s");
    }
}
