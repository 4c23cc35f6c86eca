namespace Graph.Extraction.Cues;

/// <summary>What a verb form says about tense and mood; English "-ed" forms are both past and participle.</summary>
[Flags]
public enum VerbForm
{
    None = 0,
    Infinitive = 1,
    Participle = 2,
    Gerund = 4,
    Present = 8,
    Past = 16,
    Imperfect = 32,
    Future = 64,
    Conditional = 128,
    Subjunctive = 256,
}
