using Graph.Domain.Events;
using Graph.Extraction.Roles;

namespace Graph.Extraction.Cues;

public enum ModalityKind
{
    /// <summary>Reported as having happened.</summary>
    Asserted,

    /// <summary>Reported by one side or hedged: kept, marked alleged, lower confidence.</summary>
    Alleged,

    /// <summary>A meeting to come: becomes INTEND_MEET.</summary>
    Intended,

    /// <summary>Negated, hypothetical, refused or merely future: no event.</summary>
    Dropped,
}

/// <summary>The modality of one cue and the word that decided it (for --explain).</summary>
public sealed record Modality(ModalityKind Kind, string? Because)
{
    public static readonly Modality Asserted = new(ModalityKind.Asserted, null);
}

/// <summary>Reads negation, hypotheticals, reported speech and tense around a cue.</summary>
public static class ModalityClassifier
{
    private const int Window = 5;

    public static Modality Classify(SentenceView view, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(cue);
        var g = view.Grammar;
        var head = cue.IsVerbal ? cue.Head : cue.First;
        var clause = view.Clause[head];
        var start = head - 1;
        var from = Math.Max(0, head - Window);
        var negated = (string?)null;
        var hypothetical = (string?)null;
        var intent = (string?)null;
        var refusal = (string?)null;
        var realizing = (string?)null;
        var alleged = (string?)null;
        var willFuture = false;
        for (var i = start; i >= from; i--)
        {
            if (view.Clause[i] != clause || view.ActorAt(i) is not null && i < head - 1 && cue.IsVerbal && view.ActorAt(i)!.IsBare) break;
            var w = view.Lower[i];
            if (g.Negation.Contains(w)) negated ??= w;
            if (g.Hypothetical.Contains(w)) hypothetical ??= w;
            if (g.Intent.Contains(w)) intent ??= w;
            if (g.Refusal.Contains(w)) refusal ??= w;
            if (g.Realizing.Contains(w)) realizing ??= w;
            if (g.Alleged.Contains(w)) alleged ??= w;
            if (w is "will" or "'ll") willFuture = true;
        }
        // "Secondo Mosca, ...", "According to Kyiv, ..." anywhere before the cue in the sentence.
        for (var i = 0; i < head && alleged is null; i++)
        {
            if (view.Lower[i] is "secondo" or "according" or "allegedly" or "reportedly" or "presumibilmente" or "presunto" or "presunta" or "presunti" or "alleged") alleged = view.Lower[i];
        }
        if (!cue.IsVerbal)
        {
            if (cue.First > 0 && view.Lower[cue.First - 1] == "to") return new(ModalityKind.Dropped, "to");
            // "nessun incontro", "no talks", "un possibile vertice"
            for (var i = cue.First - 1; i >= Math.Max(0, cue.First - 3); i--)
            {
                if (g.NegativeDeterminers.Contains(view.Lower[i])) return new(ModalityKind.Dropped, view.Lower[i]);
                if (g.Hypothetical.Contains(view.Lower[i]) && !cue.Pattern.Flags.HasFlag(CueFlags.Future)) return new(ModalityKind.Dropped, view.Lower[i]);
            }
            if (negated is not null) return new(ModalityKind.Dropped, negated);
            if (hypothetical is not null && hypothetical is not ("possibile" or "possible" or "possibili")) return new(ModalityKind.Dropped, hypothetical);
            if (!cue.Pattern.Flags.HasFlag(CueFlags.Future) && GoverningInfinitive(view, cue.First) is { } purpose) return new(ModalityKind.Dropped, purpose);
            if (alleged is not null) return new(ModalityKind.Alleged, alleged);
            return Modality.Asserted;
        }

        var form = cue.Form;
        if (cue.Pattern.Flags.HasFlag(CueFlags.Claim))
        {
            var n = cue.Last + 1;
            while (n < view.Count && view.IsAdverb(n) || n < view.Count && view.Lower[n] is "inoltre" or "anche" or "ancora") n++;
            if (n < view.Count && view.Lower[n] is "di" or "che" or "that") return new(ModalityKind.Dropped, "claim");
        }
        // "accusato Mosca di aver attaccato", "accusing Moscow of targeting": the act is the accusation's content.
        var b = head - 1;
        while (b >= 0 && view.IsAdverb(b)) b--;
        var before1 = b >= 0 ? view.Lower[b] : "";
        var before2 = b >= 1 ? view.Lower[b - 1] : "";
        if ((before1 is "aver" or "avere" or "essere" && before2 is "di") || (before1 is "of" && form.HasFlag(VerbForm.Gerund)))
        {
            return new(ModalityKind.Dropped, "reported act");
        }
        if (negated is not null) return new(ModalityKind.Dropped, negated);
        if (refusal is not null && form.HasFlag(VerbForm.Infinitive)) return new(ModalityKind.Dropped, refusal);
        var isMeet = cue.Type is EventType.MEET or EventType.INTEND_MEET;
        if (form.HasFlag(VerbForm.Future) && !form.HasFlag(VerbForm.Present))
        {
            return isMeet ? new(ModalityKind.Intended, view.Lower[cue.Head]) : new(ModalityKind.Dropped, view.Lower[cue.Head]);
        }
        if (form.HasFlag(VerbForm.Conditional)) return new(ModalityKind.Dropped, view.Lower[cue.Head]);
        if (willFuture && !form.HasFlag(VerbForm.Past))
        {
            return isMeet ? new(ModalityKind.Intended, "will") : new(ModalityKind.Dropped, "will");
        }
        var infinitive = form.HasFlag(VerbForm.Infinitive) && (!form.HasFlag(VerbForm.Present) || (cue.Head > 0 && view.Lower[cue.Head - 1] is "to" or "will" or "would" or "could" or "might" or "may" or "should" or "must" or "can"));
        if (hypothetical is not null && hypothetical is not ("possibile" or "possible")) return new(ModalityKind.Dropped, hypothetical);
        if (infinitive)
        {
            if (intent is not null && isMeet) return new(ModalityKind.Intended, intent);
            if (realizing is not null) return alleged is null ? Modality.Asserted : new(ModalityKind.Alleged, alleged);
            return new(ModalityKind.Dropped, "infinitive");
        }
        if (alleged is not null) return new(ModalityKind.Alleged, alleged);
        return Modality.Asserted;
    }

    /// <summary>
    /// The infinitive whose object a noun is ("esortato a valutare un cessate il fuoco", "urged them to consider a
    /// truce", "per accelerare i negoziati"): a proposal or purpose, not something that took place.
    /// </summary>
    private static string? GoverningInfinitive(SentenceView view, int first)
    {
        var i = first - 1;
        var steps = 0;
        while (i >= 0 && steps < 2 && view.Grammar.Articles.Contains(view.Lower[i]))
        {
            i--;
            steps++;
        }
        if (i < 1 || view.Clause[i] != view.Clause[first]) return null;
        var verb = view.Lower[i];
        var marker = view.Lower[i - 1];
        var italian = marker is "a" or "di" or "per" && verb.Length > 4 && (verb.EndsWith("are", StringComparison.Ordinal) || verb.EndsWith("ere", StringComparison.Ordinal) || verb.EndsWith("ire", StringComparison.Ordinal));
        var english = marker == "to" && view.Sentence.Tokens[i].Kind == Text.TokenKind.Word && view.ActorAt(i) is null;
        return italian || english ? verb : null;
    }
}
