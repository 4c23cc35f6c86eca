namespace Graph.Ingestion.Pipeline;

/// <summary>Exponential backoff with jitter, so a fleet of waiting articles does not hit a recovering store in lock step.</summary>
public static class Backoff
{
    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: initial × 2^attempt, capped, then scaled by a random factor in [0.5, 1].</summary>
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan cap, Random? random = null)
    {
        var exponent = Math.Clamp(attempt, 0, 30);
        var ceiling = Math.Min(cap.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        var jitter = 0.5 + ((random ?? Random.Shared).NextDouble() * 0.5);
        return TimeSpan.FromMilliseconds(Math.Max(1, ceiling * jitter));
    }
}
