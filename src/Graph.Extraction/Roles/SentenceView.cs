using Graph.Extraction.Actors;
using Graph.Extraction.Cues;
using Graph.Extraction.Text;

namespace Graph.Extraction.Roles;

/// <summary>A sentence prepared for the role rules: lower-case tokens, clause numbers, actor spans on tokens.</summary>
public sealed class SentenceView
{
    private readonly int[] _actorAt;

    public SentenceView(Sentence sentence, IReadOnlyList<ActorMention> mentions, Grammar grammar, int ignoreBefore)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(grammar);
        Sentence = sentence;
        Grammar = grammar;
        var tokens = sentence.Tokens;
        Lower = [.. tokens.Select(t => t.Lower)];
        Clause = new int[tokens.Count];
        // A quotation is its own clause: a verb outside it takes no role from inside, and the clause
        // around it carries on after the closing mark.
        var clause = 0;
        var next = 1;
        var outside = -1;
        var beforeSubordinate = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A subordinate clause ("before the deal was finalised,") ends at its comma; the main clause resumes.
            if (beforeSubordinate >= 0 && Lower[i] == "," && outside < 0)
            {
                Clause[i] = clause;
                clause = beforeSubordinate;
                beforeSubordinate = -1;
                continue;
            }
            if (tokens[i].Kind == TokenKind.Quote && Lower[i] is not ("'" or "‘"))
            {
                var opens = Lower[i] is "«" or "“" or "„" ? outside < 0 : Lower[i] is "»" or "”" ? false : outside < 0;
                if (opens)
                {
                    outside = clause;
                    clause = next++;
                }
                else if (outside >= 0)
                {
                    Clause[i] = clause;
                    clause = outside;
                    outside = -1;
                    continue;
                }
            }
            else if (i > 0 && grammar.ClauseBreaks.Contains(Lower[i]))
            {
                var subordinate = tokens[i].Kind == TokenKind.Word && i > 0 && Lower[i - 1] != ",";
                if (subordinate && beforeSubordinate < 0) beforeSubordinate = clause;
                if (!subordinate) beforeSubordinate = -1;
                clause = next++;
            }
            Clause[i] = clause;
        }
        _actorAt = new int[tokens.Count];
        Array.Fill(_actorAt, -1);
        var spans = new List<ActorSpan>();
        foreach (var m in mentions)
        {
            if (m.Start < ignoreBefore) continue;
            var first = -1;
            var last = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].End <= m.Start) continue;
                if (tokens[i].Start >= m.End) break;
                if (first < 0) first = i;
                last = i;
            }
            if (first < 0 || _actorAt[first] >= 0 || _actorAt[last] >= 0) continue;
            var (marker, representative) = MarkerBefore(first);
            // "Marco Rossi, che ha ribadito ...": a non-restrictive relative has its antecedent as subject too.
            var relative = last + 1 < tokens.Count && grammar.Relative.Contains(Lower[last + 1])
                || last + 2 < tokens.Count && Lower[last + 1] == "," && grammar.Relative.Contains(Lower[last + 2]);
            var possessive = last + 1 < tokens.Count && Lower[last + 1] is "'s";
            var usable = m.Kind != ActorMentionKind.Demonym || DemonymNextToRepresentative(first, last);
            var span = new ActorSpan(spans.Count, m, first, last, marker, representative, relative, usable, possessive);
            for (var i = first; i <= last; i++) _actorAt[i] = span.Index;
            spans.Add(span);
        }
        Actors = spans;
        PairAnaphorStart = new int[tokens.Count];
        Array.Fill(PairAnaphorStart, -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var p = 0; p < grammar.PairAnaphors.Count; p++)
            {
                if (PhraseStartsAt(i, grammar.PairAnaphors[p]))
                {
                    PairAnaphorStart[i] = p; // longest first: the first hit is the one
                    break;
                }
            }
        }
    }

    /// <summary>For each token, the index in <see cref="Grammar.PairAnaphors"/> of the pair anaphor starting there, or -1.</summary>
    public int[] PairAnaphorStart { get; }

    public Sentence Sentence { get; }

    public Grammar Grammar { get; }

    public string[] Lower { get; }

    public int[] Clause { get; }

    public IReadOnlyList<ActorSpan> Actors { get; }

    public int Count => Lower.Length;

    public ActorSpan? ActorAt(int token) => token >= 0 && token < _actorAt.Length && _actorAt[token] >= 0 ? Actors[_actorAt[token]] : null;

    public bool IsPunctuation(int i) => Sentence.Tokens[i].Kind is TokenKind.Punctuation;

    public bool IsBreak(int i) => Lower[i] is "." or ";" or ":" or "(" or ")" or "?" or "!";

    /// <summary>Skips back over articles, possessives and adverbs in "-mente"/"-ly" from <paramref name="i"/> (inclusive).</summary>
    public int SkipBackFillers(int i, int max = 3)
    {
        var steps = 0;
        while (i >= 0 && steps < max && (Grammar.Articles.Contains(Lower[i]) || IsAdverb(i)))
        {
            i--;
            steps++;
        }
        return i;
    }

    public int SkipForwardArticles(int i)
    {
        while (i < Count && Grammar.Articles.Contains(Lower[i])) i++;
        return i;
    }

    public bool IsAdverb(int i) =>
        Sentence.Tokens[i].Kind == TokenKind.Word && (Grammar.Adverbs.Contains(Lower[i])
            || Lower[i].Length > 5 && (Lower[i].EndsWith("mente", StringComparison.Ordinal) || Lower[i].EndsWith("ly", StringComparison.Ordinal)));

    public bool PhraseEndsAt(int end, string[] words)
    {
        var start = end - words.Length + 1;
        if (start < 0) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(Lower[start + k], words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public bool PhraseStartsAt(int start, string[] words)
    {
        if (start < 0 || start + words.Length > Lower.Length) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(Lower[start + k], words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private (Marker, bool) MarkerBefore(int first)
    {
        var j = SkipBackFillers(first - 1);
        if (j < 0) return (Marker.None, false);
        foreach (var phrase in Grammar.AgentPhrases)
        {
            if (PhraseEndsAt(j, phrase)) return (Marker.Agent, false);
        }
        foreach (var phrase in Grammar.AgainstPhrases)
        {
            if (PhraseEndsAt(j, phrase)) return (Marker.Against, false);
        }
        var w = Lower[j];
        if (Grammar.Agent.Contains(w)) return (Marker.Agent, false);
        if (Grammar.Between.Contains(w)) return (Marker.Between, false);
        if (Grammar.With.Contains(w)) return (Marker.With, false);
        if (Grammar.Genitive.Contains(w))
        {
            // "il portavoce del Cremlino", "ministers of the G7", "il ministero della Difesa russo": the owner acts.
            var h = SkipBackFillers(j - 1);
            var representative = h >= 0 && Grammar.Representatives.Contains(Lower[h]);
            if (!representative && h >= 2 && Sentence.Tokens[h].IsCapitalized && Grammar.Genitive.Contains(Lower[h - 1]) && Grammar.Representatives.Contains(Lower[h - 2]))
            {
                representative = true; // "ministro degli Esteri dell'Iran"
            }
            return (Marker.Genitive, representative);
        }
        if (Grammar.Against.Contains(w)) return (Marker.Against, false);
        if (Grammar.Place.Contains(w)) return (Marker.Place, false);
        if (Grammar.Dative.Contains(w)) return (Marker.Dative, false);
        if (Grammar.For.Contains(w)) return (Marker.For, false);
        return (Marker.None, false);
    }

    private bool DemonymNextToRepresentative(int first, int last)
    {
        for (var j = first - 1; j >= Math.Max(0, first - 3); j--)
        {
            if (IsPunctuation(j)) break;
            if (Grammar.Representatives.Contains(Lower[j])) return true;
        }
        // English puts the adjective first: "Russian forces", "the Ukrainian military".
        return last + 1 < Count && Grammar.Representatives.Contains(Lower[last + 1]);
    }
}
