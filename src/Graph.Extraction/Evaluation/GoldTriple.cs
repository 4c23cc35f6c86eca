namespace Graph.Extraction.Evaluation;

/// <summary>One annotated triple of a gold file (ANNOTATION.md): acceptable names for each end, the type, the date.</summary>
public sealed record GoldTriple(string File, IReadOnlyList<string> Source, string Type, IReadOnlyList<string> Target, string? Date, bool Optional);

/// <summary>One predicted triple: the names (name and id) of each end, the type, the date.</summary>
public sealed record PredictedTriple(string File, IReadOnlyList<string> Source, string Type, IReadOnlyList<string> Target, string? Date);
