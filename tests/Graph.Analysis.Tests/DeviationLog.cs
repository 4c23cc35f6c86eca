using System.Collections.Concurrent;

namespace Graph.Analysis.Tests;

/// <summary>Collects the deviations from networkx seen by the tests, so a run can report the largest one.</summary>
internal static class DeviationLog
{
    private static readonly ConcurrentDictionary<string, double> Seen = new();

    public static void Record(string what, double deviation) => Seen[what] = deviation;

    public static KeyValuePair<string, double> Largest => Seen.OrderByDescending(kv => kv.Value).FirstOrDefault();

    public static int Count => Seen.Count;
}
