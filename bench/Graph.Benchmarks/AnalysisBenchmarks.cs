using BenchmarkDotNet.Attributes;
using Graph.Analysis.Centrality;
using Graph.Analysis.Graphs;

namespace Graph.Benchmarks;

/// <summary>`--filter '*AnalysisBenchmarks*'`: PageRank and betweenness on a 2,000-actor / 20,000-event graph, weighted against unweighted as the baseline.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private CsrGraph _directed = null!;
    private CsrGraph _undirected = null!;
    private CsrGraph _distances = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_directed, _undirected) = AnalysisGraphs.Synthetic(2_000, 20_000, seed: 1);
        _distances = _undirected.MapWeights(w => 1.0 / w);
    }

    [Benchmark(Baseline = true)]
    public double[] BetweennessByHops() => BetweennessCentrality.Compute(_undirected);

    [Benchmark]
    public double[] BetweennessByDistance() => BetweennessCentrality.Compute(_distances, new BetweennessOptions(Weighted: true));

    [Benchmark]
    public double[] PageRankCsr() => PageRank.Compute(_directed).Scores;

    [Benchmark]
    public double[] PageRankNaive() => NaivePageRank.Compute(_directed);
}
