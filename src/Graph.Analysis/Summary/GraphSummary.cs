using Graph.Analysis.Actors;
using Graph.Domain.Actors;

namespace Graph.Analysis.Summary;

public sealed record RankedActor(Actor Actor, double Score);

/// <param name="Measure">A short stable name ("pagerank") used as a JSON key.</param>
/// <param name="Description">What the score means, for table and Markdown headings.</param>
public sealed record CentralityRanking(string Measure, string Description, IReadOnlyList<RankedActor> Top);

public sealed record CommunitySummary(double Modularity, int Seed, IReadOnlyList<IReadOnlyList<Actor>> Communities);

/// <summary>What <c>graph analyze</c> reports: who matters, who clusters with whom, which relations are busiest, warmest and most hostile.</summary>
public sealed record GraphSummary(
    int ActorCount,
    int EventCount,
    int PairCount,
    int ComponentCount,
    int LargestComponentSize,
    IReadOnlyList<CentralityRanking> Rankings,
    CommunitySummary Communities,
    IReadOnlyList<ActorPair> MostActivePairs,
    IReadOnlyList<ActorPair> MostCooperativePairs,
    IReadOnlyList<ActorPair> MostConflictualPairs);
