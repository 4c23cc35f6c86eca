namespace Graph.Benchmarks;

/// <summary>
/// An end-to-end measurement that BenchmarkDotNet's micro-benchmark loop does not fit (a database
/// round trip, a worker draining an inbox). It prints its figures and the ratio against its baseline.
/// </summary>
public interface IBenchScenario
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
