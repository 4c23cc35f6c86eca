using System.Collections.Frozen;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Cues;

/// <summary>A language's function words for roles and modality (Lexicons/&lt;lang&gt;/grammar.yaml).</summary>
public sealed class Grammar
{
    public required FrozenSet<string> Articles { get; init; }
    public required FrozenSet<string> Genitive { get; init; }
    public required FrozenSet<string> Agent { get; init; }
    public required IReadOnlyList<string[]> AgentPhrases { get; init; }
    public required FrozenSet<string> Place { get; init; }
    public required FrozenSet<string> Dative { get; init; }
    public required FrozenSet<string> With { get; init; }
    public required FrozenSet<string> Between { get; init; }
    public required FrozenSet<string> Against { get; init; }
    public required IReadOnlyList<string[]> AgainstPhrases { get; init; }
    public required FrozenSet<string> For { get; init; }
    public required FrozenSet<string> Conjunctions { get; init; }
    public required FrozenSet<string> Relative { get; init; }
    public required FrozenSet<string> ClauseBreaks { get; init; }
    public required FrozenSet<string> Negation { get; init; }
    public required FrozenSet<string> NegativeDeterminers { get; init; }
    public required FrozenSet<string> Hypothetical { get; init; }
    public required FrozenSet<string> Alleged { get; init; }
    public required FrozenSet<string> Intent { get; init; }
    public required FrozenSet<string> Refusal { get; init; }
    public required FrozenSet<string> Realizing { get; init; }
    public required FrozenSet<string> PerfectAux { get; init; }
    public required FrozenSet<string> PassiveAux { get; init; }
    public required FrozenSet<string> Reflexive { get; init; }
    public required IReadOnlyList<string[]> ReflexivePhrases { get; init; }
    public required FrozenSet<string> PronounSubjects { get; init; }
    public required IReadOnlyList<string[]> PairAnaphors { get; init; }
    public required FrozenSet<string> FutureAdjectives { get; init; }
    public required FrozenSet<string> Representatives { get; init; }
    public required FrozenSet<string> Adverbs { get; init; }

    public static Grammar Load(string language)
    {
        var raw = EmbeddedLexicon.Read<Dictionary<string, List<string>>>($"{language}/grammar.yaml");
        List<string> Get(string key) => raw.TryGetValue(key, out var v) && v is not null ? v : [];
        FrozenSet<string> Singles(string key) => Get(key).Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        List<string[]> Multi(string key) => [.. Get(key).Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => Dates.DateLexicon.SplitWords(w.ToLowerInvariant())).OrderByDescending(w => w.Length)];
        return new Grammar
        {
            Articles = Singles("articles"),
            Genitive = Singles("genitive"),
            Agent = Singles("agent"),
            AgentPhrases = [.. Get("agent_phrases").Select(w => Dates.DateLexicon.SplitWords(w))],
            Place = Singles("place"),
            Dative = Singles("dative"),
            With = Singles("with"),
            Between = Singles("between"),
            Against = Singles("against"),
            AgainstPhrases = Multi("against"),
            For = Singles("for"),
            Conjunctions = Singles("conjunctions"),
            Relative = Singles("relative"),
            ClauseBreaks = Singles("clause_breaks"),
            Negation = Singles("negation"),
            NegativeDeterminers = Singles("negative_determiners"),
            Hypothetical = Singles("hypothetical"),
            Alleged = Singles("alleged"),
            Intent = Singles("intent"),
            Refusal = Singles("refusal"),
            Realizing = Singles("realizing"),
            PerfectAux = Singles("perfect_aux"),
            PassiveAux = Singles("passive_aux"),
            Reflexive = Singles("reflexive"),
            ReflexivePhrases = Multi("reflexive"),
            PronounSubjects = Singles("pronoun_subjects"),
            PairAnaphors = [.. Get("pair_anaphors").Select(w => Dates.DateLexicon.SplitWords(w.ToLowerInvariant())).OrderByDescending(w => w.Length)],
            FutureAdjectives = Singles("future_adjectives"),
            Representatives = Singles("representatives"),
            Adverbs = Singles("adverbs"),
        };
    }
}
