using Graph.Extraction.Roles;

namespace Graph.Extraction.Cues;

/// <summary>
/// Picks the cues of a sentence: longer cues win over the words they contain, and a word spelled
/// both as verb and noun ("attacca", "attack") is a verb only after a subject or an auxiliary.
/// </summary>
public static class CueMatcher
{
    public static IReadOnlyList<CueMatch> Match(SentenceView view, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(lexicon);
        var all = lexicon.FindAll(view.Lower, view.IsBreak).ToList();
        if (all.Count == 0) return [];
        var ordered = all
            .OrderByDescending(m => m.Pattern.Elements.Count)
            .ThenByDescending(m => m.Pattern.Elements.Count > 1 && m.IsVerbal)
            .ThenBy(m => m.Last - m.First)
            .ThenBy(m => m.First)
            .ToList();
        var taken = new bool[view.Count];
        var chosen = new List<CueMatch>();
        foreach (var m in ordered)
        {
            if (m.Tokens.Any(t => taken[t]) || m.Tokens.Any(t => view.ActorAt(t) is not null)) continue;
            if (m.Pattern.Elements.Count == 1)
            {
                // The same single word may be a verb cue and a noun cue: the context decides.
                var rivals = all.Where(o => o.Pattern.Elements.Count == 1 && o.First == m.First && !ReferenceEquals(o, m)).ToList();
                if (rivals.Count > 0)
                {
                    var verbContext = LooksLikeVerb(view, m.First, m.IsVerbal ? m.Form : rivals.FirstOrDefault(r => r.IsVerbal)?.Form ?? VerbForm.None);
                    var best = new[] { m }.Concat(rivals).FirstOrDefault(c => c.IsVerbal == verbContext) ?? m;
                    if (!ReferenceEquals(best, m)) continue;
                }
                else if (m.IsVerbal && !LooksLikeVerb(view, m.First, m.Form) && IsNounContext(view, m.First))
                {
                    continue; // "la minaccia", "the release", "un attacco": a noun with no noun cue of its own
                }
            }
            foreach (var t in m.Tokens) taken[t] = true;
            chosen.Add(m);
        }
        chosen.Sort((a, b) => a.Head.CompareTo(b.Head));
        return chosen;
    }

    /// <summary>After a subject, an auxiliary, a negation, a relative pronoun, "si" or "to".</summary>
    public static bool LooksLikeVerb(SentenceView view, int i, VerbForm form)
    {
        var g = view.Grammar;
        var j = i - 1;
        while (j >= 0 && view.IsAdverb(j)) j--;
        if (j < 0) return false;
        var w = view.Lower[j];
        if (view.ActorAt(j) is { } a && a.Kind != Actors.ActorMentionKind.Demonym) return true;
        return g.PerfectAux.Contains(w) || g.PassiveAux.Contains(w) || g.Negation.Contains(w) || g.Relative.Contains(w)
            || g.Reflexive.Contains(w) || g.Intent.Contains(w) || g.PronounSubjects.Contains(w) || w is "will" or "they" or "also" or "anche" or "did" or "and" or "e" or "then" or "poi"
            || (form.HasFlag(VerbForm.Infinitive) && w is "to" or "di" or "a" or "ad" or "per");
    }

    private static bool IsNounContext(SentenceView view, int i)
    {
        var j = i - 1;
        if (j < 0) return false;
        var w = view.Lower[j];
        return view.Grammar.Articles.Contains(w) || w is "'s" || view.Grammar.Genitive.Contains(w) || view.Grammar.Dative.Contains(w)
            || view.Grammar.Against.Contains(w) || view.Grammar.FutureAdjectives.Contains(w) || view.Grammar.NegativeDeterminers.Contains(w);
    }
}
