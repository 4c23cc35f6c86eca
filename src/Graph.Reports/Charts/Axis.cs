namespace Graph.Reports.Charts;

/// <summary>Round tick steps (1, 2, 5 × 10ⁿ) so axes read naturally.</summary>
internal static class Axis
{
    public static double NiceStep(double span, int maxTicks)
    {
        if (span <= 0) return 1;
        var raw = span / Math.Max(1, maxTicks);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (m * magnitude >= raw) return m * magnitude;
        }
        return 10 * magnitude;
    }

    /// <summary>Integer steps for counts: never a tick at 0.5 events.</summary>
    public static int CountStep(int max, int maxTicks) => Math.Max(1, (int)Math.Ceiling(NiceStep(max, maxTicks)));
}
