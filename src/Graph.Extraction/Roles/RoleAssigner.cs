using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Extraction.Actors;
using Graph.Extraction.Cues;

namespace Graph.Extraction.Roles;

/// <summary>
/// Assigns source and target to each cue of a sentence from word order, prepositions, voice and
/// coordination. Each rule has a name (shown by --explain) and a weight (feeds confidence).
/// </summary>
public sealed class RoleAssigner
{
    private const int TargetWindow = 16;
    private const int NounTargetWindow = 10;

    private readonly Dictionary<CueMatch, (List<Participant> Subject, List<ActorSpan> Targets)> _roles = new(ReferenceEqualityComparer.Instance);

    public RoleAssigner(SentenceView view, IReadOnlyList<CueMatch> cues, DiscourseState state, bool dropsSubject)
    {
        View = view;
        Cues = cues;
        State = state;
        DropsSubject = dropsSubject;
        _cueTokens = new HashSet<int>(cues.SelectMany(c => c.Tokens));
    }

    private readonly HashSet<int> _cueTokens;

    public SentenceView View { get; }

    public IReadOnlyList<CueMatch> Cues { get; }

    public DiscourseState State { get; }

    /// <summary>The language leaves out a subject already known (Italian).</summary>
    public bool DropsSubject { get; }

    /// <summary>The subject group found for the sentence's main clause, for the next sentence.</summary>
    public List<ActorSpan> SentenceSubject { get; } = [];

    /// <summary>The subject group found for a cue already assigned (a denial with no target of its own needs it).</summary>
    public IReadOnlyList<Participant> SubjectsOf(CueMatch cue) => _roles.TryGetValue(cue, out var r) ? r.Subject : [];

    public IReadOnlyList<RoleAssignment> Assign(CueMatch cue, EventType type)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var result = cue.IsVerbal ? AssignVerbal(cue, type) : AssignNominal(cue, type);
        var kept = result.Where(r => r.Source.Actor.Id != r.Target.Actor.Id && !OwnState(r.Source.Actor, r.Target.Actor) && !OwnState(r.Target.Actor, r.Source.Actor)).ToList();
        foreach (var r in kept) State.Recall(type, r.Source, r.Target, View.Sentence.Index);
        return kept;
    }

    // Reactions aimed at an act rather than an actor: "condemned the drills", "ha respinto la proposta".
    private static bool IsReaction(EventType type) => type is EventType.CRITICIZE or EventType.REJECT or EventType.THREATEN or EventType.SUPPORT or EventType.CONCERN;

    private static bool SameSide(Actor a, Actor b) => a.Id == b.Id || a.Country is not null && a.Country == b.Country;

    /// <summary>
    /// The target of a reaction whose object is an event ("Taipei ha condannato le manovre", "criticised the
    /// bloc's sanctions"): the event's own owner if the sentence names it, else the source of the latest such
    /// event the article reported.
    /// </summary>
    private Participant? OwnerOfObjectEvent(CueMatch cue, List<Participant> subjects)
    {
        var v = View;
        var clause = v.Clause[cue.Last];
        var noun = Cues.FirstOrDefault(c => !ReferenceEquals(c, cue) && c.First > cue.Last && c.First - cue.Last <= 4 && v.Clause[c.First] == clause && c.Type != cue.Type
            && (!c.IsVerbal || v.Grammar.Articles.Contains(v.Lower[c.First - 1])));
        if (noun is null) return null;
        for (var i = cue.Last + 1; i < noun.First; i++)
        {
            if (v.ActorAt(i) is { } between && !between.Possessive && between.Kind != ActorMentionKind.Demonym) return null;
        }
        if (NounOwner(noun) is { } named && !subjects.Any(s => SameSide(s.Actor, named.Actor))) return Participant.From(named);
        var recalled = State.Events.LastOrDefault(e => e.Type == noun.Type && View.Sentence.Index - e.Sentence <= 8 && !subjects.Any(s => SameSide(s.Actor, e.Source.Actor)));
        return recalled?.Source.Carried($"who did the {noun.Type} ('{string.Join(' ', noun.Tokens.Select(t => v.Lower[t]))}') of sentence {recalled.Sentence + 1}");
    }

    /// <summary>
    /// A warning or condemnation with no addressee ("ha avvertito che la Russia risponderà") answers the latest
    /// event between the speaker's side and another: it is aimed at that other side.
    /// </summary>
    private Participant? Counterpart(List<Participant> subjects)
    {
        for (var i = State.Events.Count - 1; i >= 0; i--)
        {
            var e = State.Events[i];
            if (View.Sentence.Index - e.Sentence > 6) break;
            if (e.Target is null) continue;
            var sourceOurs = subjects.Any(s => SameSide(s.Actor, e.Source.Actor));
            var targetOurs = subjects.Any(s => SameSide(s.Actor, e.Target.Actor));
            if (targetOurs && !sourceOurs) return e.Source.Carried($"who did the {e.Type} to the speaker's side in sentence {e.Sentence + 1}");
            if (sourceOurs && !targetOurs) return e.Target.Carried($"other side of the {e.Type} of sentence {e.Sentence + 1}");
        }
        return null;
    }

    /// <summary>Who a noun cue names as its doer: "China's drills", "le manovre cinesi", "l'attacco della Russia".</summary>
    private ActorSpan? NounOwner(CueMatch noun)
    {
        var v = View;
        var clause = v.Clause[noun.First];
        var possessive = v.Actors.LastOrDefault(a => a.Possessive && a.Last < noun.First && noun.First - a.Last <= 4 && v.Clause[a.Last] == clause);
        if (possessive is not null) return possessive;
        if (v.ActorAt(noun.First - 1) is { Kind: ActorMentionKind.Demonym } before) return before;
        if (noun.Last + 1 < v.Count && v.ActorAt(noun.Last + 1) is { Kind: ActorMentionKind.Demonym } after) return after;
        return v.Actors.FirstOrDefault(a => a.Marker == Marker.Genitive && a.First > noun.Last && a.First - noun.Last <= 3 && a.Usable);
    }

    // "Putin ha negato la responsabilità russa": a person and their own state are one side, not two.
    private static bool OwnState(Actor person, Actor state) =>
        person.Kind == ActorKind.Person && state.Kind == ActorKind.State && person.Country is not null && person.Country == state.Country;

    private List<RoleAssignment> AssignVerbal(CueMatch cue, EventType type)
    {
        var v = View;
        var symmetric = type.Info().Symmetric;
        var reciprocal = cue.Pattern.Flags.HasFlag(CueFlags.Reciprocal);
        var passive = IsPassive(cue);
        var gerund = cue.Form.HasFlag(VerbForm.Gerund);
        var (subjects, subjectRule, subjectWeight) = gerund && TrailingClause(cue) && MainSubject(cue) is { Count: > 0 } main
            ? (main, "main-clause-subject", 0.9)
            : FindSubject(cue, crossClause: gerund);
        if (!gerund && IsSpeech(type) && CoordinatedVerb(cue) && SubjectBeforeComplement(cue, subjects) is { } speaker)
        {
            if (subjects[0].Span is { } wrong && SentenceSubject.Remove(wrong) && speaker.Span is { } right) SentenceSubject.Insert(0, right);
            (subjects, subjectRule, subjectWeight) = ([speaker], "coordinated-main-subject", 0.9);
        }
        if (passive)
        {
            var agents = FindAgents(cue);
            // "Accuse respinte da X", "claims rejected by X": what is denied is a statement, so the agent is the denier.
            if (type is EventType.DENY && agents.Count > 0 && !subjects.Any(p => p.Span is not null))
            {
                _roles[cue] = ([.. agents.Select(Participant.From)], []);
                return [];
            }
            _roles[cue] = (subjects, agents);
            if (agents.Count == 0 || subjects.Count == 0) return [];
            return [.. Cross(agents.Select(Participant.From).ToList(), subjects, "passive-agent", 0.95 * subjectWeight, symmetric, reciprocal)];
        }
        if (ReportingInversion(cue) is { } inverted)
        {
            _roles[cue] = ([inverted.Speaker], []);
            return inverted.Quoted is null ? [] : [new RoleAssignment(inverted.Speaker, inverted.Quoted, "quote-inversion", 0.85)];
        }
        var targets = FindTargets(cue, type, subjects, TargetWindow);
        // "… e lo ha esortato a trattare con Y": the clitic is the object; Y belongs to the infinitive.
        if (CliticObject(cue) is { Count: > 0 } referent)
        {
            targets = referent;
            subjectRule += "+clitic";
        }
        _roles[cue] = (subjects, [.. targets.Select(t => t.Span).OfType<ActorSpan>()]);
        if (subjects.Count == 0)
        {
            // "Tra X e Y si è svolto un incontro": no subject, but a pair after the verb.
            if (symmetric && targets.Count >= 2 && targets[0].Span?.Marker is Marker.Between)
            {
                return [.. Pairs(targets, "between-pair", 0.9, reciprocal)];
            }
            return [];
        }
        if (IsReciprocalReflexive(cue) && subjects.Count >= 2 && targets.Count == 0)
        {
            return [.. Pairs(subjects, subjectRule + "+reciprocal", 0.95 * subjectWeight, true)];
        }
        if (targets.Count > 0)
        {
            return [.. Cross(subjects, targets, subjectRule + "+object", subjectWeight, symmetric, reciprocal)];
        }
        if ((symmetric || reciprocal) && subjects.Count >= 2)
        {
            return [.. Pairs(subjects, subjectRule + "+coordinated", subjectWeight, reciprocal)];
        }
        if (IsReaction(type))
        {
            if (OwnerOfObjectEvent(cue, subjects) is { } owner)
            {
                return [.. Cross(subjects, [owner], subjectRule + "+event-owner", 0.8 * subjectWeight, symmetric, reciprocal)];
            }
            if (type is EventType.THREATEN or EventType.CRITICIZE && Counterpart(subjects) is { } other)
            {
                return [.. Cross(subjects, [other], subjectRule + "+counterpart", 0.7 * subjectWeight, symmetric, reciprocal)];
            }
        }
        if (!symmetric) State.Recall(type, subjects[0], null, View.Sentence.Index);
        return [];
    }

    // Verbs of saying: a coordinated one keeps the speaker of the first ("X ha ribadito che ... e ha avvertito Y").
    private static bool IsSpeech(EventType type) =>
        type is EventType.THREATEN or EventType.CRITICIZE or EventType.APPEAL or EventType.ACCUSE or EventType.DENY or EventType.REJECT or EventType.SUPPORT or EventType.CONCERN;

    /// <summary>The token before the verb group (auxiliaries, adverbs, clitics skipped).</summary>
    private int BeforeVerbGroup(CueMatch cue)
    {
        var v = View;
        var j = cue.Head - 1;
        while (j >= 0 && (v.Grammar.PerfectAux.Contains(v.Lower[j]) || v.Grammar.PassiveAux.Contains(v.Lower[j]) || v.IsAdverb(j) || Clitics.Contains(v.Lower[j]))) j--;
        return j;
    }

    private static readonly HashSet<string> Clitics = new(StringComparer.Ordinal) { "lo", "la", "li", "le", "gli", "l'" };

    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "che", "that" };

    // "… e ha avvertito", "… and warned": a verb joined to an earlier one with no subject of its own.
    private bool CoordinatedVerb(CueMatch cue)
    {
        var j = BeforeVerbGroup(cue);
        return j > 0 && View.Lower[j] is "e" or "ed" or "and";
    }

    // A participle or gerund after a comma ("…, warning that", "…, avvertendo che") hangs on the main clause.
    private bool TrailingClause(CueMatch cue)
    {
        var j = cue.First - 1;
        while (j >= 0 && View.IsAdverb(j)) j--;
        return j > 0 && View.Lower[j] == ",";
    }

    /// <summary>
    /// The subject of a coordinated verb of saying whose nearest candidate sits inside a complement clause
    /// ("X, che ha ribadito che Y non è coinvolto e ha avvertito Z"): the actor before that clause speaks.
    /// </summary>
    private Participant? SubjectBeforeComplement(CueMatch cue, List<Participant> subjects)
    {
        var v = View;
        if (subjects.Count == 0 || subjects[0].Span is not { } nearest) return null;
        for (var c = nearest.First - 1; c > 0; c--)
        {
            if (v.IsBreak(c)) return null;
            if (!Complementizers.Contains(v.Lower[c])) continue;
            // "X, che …" is a relative pronoun: its antecedent is right before it.
            if (v.ActorAt(c - 1) is not null || v.Lower[c - 1] == ",") continue;
            var speaker = v.Actors.LastOrDefault(a => a.Last < c && a.Usable && (a.IsBare || a.RelativeSubject) && !IsInsideQuote(a.First, c));
            return speaker is null || speaker.Actor.Id == nearest.Actor.Id ? null : Participant.From(speaker);
        }
        return null;
    }

    /// <summary>
    /// The subject of the sentence's main clause: the first actor free to be a subject that stands before any
    /// complement clause and outside quotations ("X summoned …, warning that …").
    /// </summary>
    private List<Participant>? MainSubject(CueMatch cue)
    {
        var v = View;
        foreach (var a in v.Actors)
        {
            if (a.First >= cue.First) return null;
            var opened = false;
            for (var i = 0; i < a.First; i++)
            {
                if (Complementizers.Contains(v.Lower[i]) && i > 0 && v.ActorAt(i - 1) is null && v.Lower[i - 1] != ",") opened = true;
            }
            if (opened) return null;
            if (!a.Usable || !(a.IsBare || a.RelativeSubject) || IsInsideQuote(a.First, cue.First) || v.Clause[a.First] != v.Clause[cue.First]) continue;
            // "Iranian Foreign Minister X": the person, not the adjective in front of the title.
            if (a.Kind == ActorMentionKind.Demonym && a.Index + 1 < v.Actors.Count && v.Actors[a.Index + 1].First - a.Last <= 4) continue;
            List<Participant> main = [.. ExtendRight(a).Select(Participant.From)];
            // The main clause's subject is who the next sentence continues with, whatever a quotation said.
            SentenceSubject.Clear();
            Remember(main);
            return main;
        }
        return null;
    }

    /// <summary>"… e lo ha esortato a …": an object clitic stands for the object of the verb before it.</summary>
    private List<Participant>? CliticObject(CueMatch cue)
    {
        var v = View;
        var j = cue.Head - 1;
        while (j >= 0 && (v.Grammar.PerfectAux.Contains(v.Lower[j]) || v.IsAdverb(j))) j--;
        if (j < 0 || !Clitics.Contains(v.Lower[j])) return null;
        var previous = Cues.LastOrDefault(c => c.IsVerbal && c.Last < j && !ReferenceEquals(c, cue));
        if (previous is null || !_roles.TryGetValue(previous, out var r) || r.Targets.Count == 0) return null;
        return [.. r.Targets.Select(Participant.From)];
    }

    // «"Mosca ha mentito", ha accusato Zelensky»: the speaker follows the verb; the quote names whom it is about.
    private (Participant Speaker, Participant? Quoted)? ReportingInversion(CueMatch cue)
    {
        var v = View;
        var g = v.Grammar;
        var j = cue.Head - 1;
        while (j >= 0 && (g.PerfectAux.Contains(v.Lower[j]) || v.IsAdverb(j))) j--;
        if (j < 1 || v.Lower[j] != "," || v.Sentence.Tokens[j - 1].Kind != Text.TokenKind.Quote) return null;
        var speaker = v.Actors.FirstOrDefault(a => a.First > cue.Last && a.First - cue.Last <= 3 && a.Usable && a.IsBare);
        if (speaker is null) return null;
        var quoteClause = v.Clause[j - 2 >= 0 ? j - 2 : 0];
        var quoted = v.Actors.FirstOrDefault(a => a.Last < j && v.Clause[a.First] == quoteClause && a.Usable && a.IsBare && a.Actor.Id != speaker.Actor.Id);
        return (Participant.From(speaker), quoted is null ? null : Participant.From(quoted));
    }

    private List<RoleAssignment> AssignNominal(CueMatch cue, EventType type)
    {
        var v = View;
        var symmetric = type.Info().Symmetric;
        var reciprocal = cue.Pattern.Flags.HasFlag(CueFlags.Reciprocal);
        var clause = v.Clause[cue.First];

        // "l'incontro tra X e Y", "talks between X and Y"
        var between = v.Actors.FirstOrDefault(a => a.Marker == Marker.Between && a.First > cue.Last && a.First - cue.Last <= 4 && v.Clause[a.First] == clause && a.Usable);
        if (between is not null)
        {
            var group = ExtendRight(between);
            if (group.Count >= 2)
            {
                var parts = group.Select(Participant.From).ToList();
                return symmetric || reciprocal ? [.. Pairs(parts, "noun+between", 0.95, reciprocal)] : [new RoleAssignment(parts[0], parts[1], "noun+between", 0.8)];
            }
        }

        // "l'incontro tra i due leader"
        if ((symmetric || reciprocal) && cue.Last + 2 < v.Count && v.Grammar.Between.Contains(v.Lower[cue.Last + 1]) && PairAnaphorIn(cue.Last + 2, cue.Last + 3) is { } named)
        {
            return [.. Pairs([.. named.Select(p => p.Carried("pair named earlier"))], "noun+between-anaphor", 0.85, reciprocal)];
        }

        // "the Trump-Putin call"
        if (cue.First >= 3 && v.ActorAt(cue.First - 1) is { } b && v.Lower[b.First - 1] == "-" && v.ActorAt(b.First - 2) is { } a0 && (symmetric || reciprocal))
        {
            return [.. Pairs([Participant.From(a0), Participant.From(b)], "noun+hyphen-pair", 0.9, reciprocal)];
        }

        // Source: "X's attack", "Russian strikes", "l'attacco russo", "l'attacco della Russia", else the clause subject.
        List<Participant> sources = [];
        var rule = "noun";
        var weight = 0.85;
        var possessive = v.Actors.LastOrDefault(a => a.Possessive && a.Last < cue.First && cue.First - a.Last <= 4 && v.Clause[a.Last] == clause);
        var demonymBefore = v.ActorAt(cue.First - 1) is { Kind: ActorMentionKind.Demonym } d1 ? d1 : null;
        var demonymAfter = cue.Last + 1 < v.Count && v.ActorAt(cue.Last + 1) is { Kind: ActorMentionKind.Demonym } d2 ? d2 : null;
        var genitiveAfter = v.Actors.FirstOrDefault(a => a.Marker == Marker.Genitive && a.First > cue.Last && a.First - cue.Last <= 3 && a.Usable);
        if (possessive is not null)
        {
            sources = [Participant.From(possessive)];
            rule = "noun+possessive";
        }
        else if (demonymBefore is not null || demonymAfter is not null)
        {
            sources = [Participant.From((demonymBefore ?? demonymAfter)!)];
            rule = "noun+demonym";
            weight = 0.8;
        }
        else if (genitiveAfter is not null && !symmetric)
        {
            sources = [Participant.From(genitiveAfter)];
            rule = "noun+genitive";
            weight = 0.8;
        }
        else
        {
            var (subjects, subjectRule, subjectWeight) = FindSubject(cue, crossClause: false);
            sources = subjects;
            rule = "noun+" + subjectRule;
            weight = 0.85 * subjectWeight;
        }

        var targets = FindNominalTargets(cue, type, sources);
        _roles[cue] = (sources, targets);
        if (targets.Count == 0 && sources.Count > 0 && !symmetric && rule is "noun+possessive" or "noun+demonym" or "noun+genitive")
        {
            // "the PLA's exercises": who held them, for a later "condemned the drills".
            State.Recall(type, sources[0], null, View.Sentence.Index);
        }
        if (sources.Count > 0 && targets.Count > 0)
        {
            return [.. Cross(sources, targets.Select(Participant.From).ToList(), rule + "+prep", weight, symmetric, reciprocal)];
        }
        if ((symmetric || reciprocal) && sources.Count >= 2)
        {
            return [.. Pairs(sources, rule + "+coordinated", weight, reciprocal)];
        }
        if ((symmetric || reciprocal) && sources.Count == 0 && InPrepositionalPhrase(cue.First))
        {
            // "Nel corso di una conversazione telefonica, X e Y hanno discusso ...": the pair that is the sentence's subject.
            var pair = SentencePair(v.Clause[cue.First]);
            if (pair.Count >= 2)
            {
                return [.. Pairs(pair, "noun+sentence-pair", 0.75, reciprocal)];
            }
        }
        return [];
    }

    // "Nel corso di una conversazione telefonica, X e Y ...", "During talks in Ankara, X and Y ...".
    private bool InPrepositionalPhrase(int first)
    {
        var v = View;
        for (var i = first - 1; i >= Math.Max(0, first - 4); i--)
        {
            var w = v.Lower[i];
            if (v.Grammar.Place.Contains(w) || v.Grammar.Genitive.Contains(w) || v.Grammar.Dative.Contains(w) || w is "durante" or "during" or "dopo" or "after" or "corso") return true;
            if (!v.Grammar.Articles.Contains(w) && v.Sentence.Tokens[i].Kind == Text.TokenKind.Word && !v.Grammar.FutureAdjectives.Contains(w)) return false;
        }
        return first == 0;
    }

    private List<Participant> SentencePair(int clause)
    {
        var v = View;
        foreach (var a in v.Actors)
        {
            if (!a.Usable || !a.IsBare || v.Clause[a.First] != clause) continue;
            var group = ExtendRight(a);
            if (group.Count >= 2 && group.All(g => g.IsBare)) return [.. group.Select(Participant.From)];
        }
        return [];
    }

    private (List<Participant> Subjects, string Rule, double Weight) FindSubject(CueMatch cue, bool crossClause)
    {
        var v = View;
        // For "accusa … che X ha respinto" the subject stands before the verb, inside the cue's span.
        var limit = cue.IsVerbal ? cue.Head : cue.First;
        var clause = v.Clause[limit];
        // A verbal cue earlier in the clause owns the actors up to it: "X ha incontrato Y e ha firmato ..." shares X.
        var previous = Cues.LastOrDefault(c => c.IsVerbal && c.Head < cue.First && !ReferenceEquals(c, cue) && v.Clause[c.Head] == clause);
        var floor = previous?.Last ?? -1;
        ActorSpan? best = null;
        foreach (var a in v.Actors)
        {
            if (a.Last >= limit) break;
            if (!crossClause && v.Clause[a.Last] != clause) continue;
            if (!a.Usable || !(a.IsBare || a.RelativeSubject)) continue;
            if (a.First <= floor) continue;
            if (previous is not null && _roles.TryGetValue(previous, out var owned) && owned.Targets.Contains(a)) continue;
            if (crossClause && IsInsideQuote(a.First, limit)) continue;
            if (_cueTokens.Contains(a.First)) continue;
            best = a;
        }
        if (best is not null && PairAnaphorAt(best.Last + 1, limit) is { } closer && v.Clause[closer.Start] == clause)
        {
            return ([.. closer.Pair], "pair-anaphor", 0.85);
        }
        if (best is not null)
        {
            var group = ExtendLeft(best);
            var participants = group.Select(Participant.From).ToList();
            Remember(participants);
            return (participants, best.RelativeSubject ? "relative-subject" : "subject", 1.0);
        }
        if (previous is not null && _roles.TryGetValue(previous, out var shared) && shared.Subject.Count > 0)
        {
            return ([.. shared.Subject], "shared-subject", 0.9);
        }
        if (PairAnaphorAt(0, limit) is { } at && v.Clause[at.Start] == clause && at.Pair is { } pair)
        {
            return ([.. pair.Select(p => p.Carried("pair named earlier"))], "pair-anaphor", 0.85);
        }
        for (var i = Math.Max(0, limit - 3); i < limit; i++)
        {
            if (v.Grammar.PronounSubjects.Contains(v.Lower[i]) && State.LastPerson is { } person)
            {
                return ([person.Carried($"'{v.Lower[i]}' → last person named as subject")], "pronoun-subject", 0.85);
            }
        }
        // Only a verb: a noun inside the quote ("any aggression against X") names someone else's act.
        if (cue.IsVerbal && QuoteSpeaker(limit) is { } speaker)
        {
            return ([speaker], "quote-speaker", 0.85);
        }
        if (DropsSubject && cue.IsVerbal && !cue.Form.HasFlag(VerbForm.Infinitive) && StartsWithoutSubject(limit)
            && State.LastSubject.Count > 0 && View.Sentence.Index - State.LastSubjectSentence <= 2)
        {
            return ([.. State.LastSubject.Select(p => p.Carried("subject of the previous sentence"))], "dropped-subject", 0.8);
        }
        return ([], "none", 0);
    }

    // A dropped subject only when nothing nominal precedes the verb in its clause ("Ha poi incontrato ...").
    private bool StartsWithoutSubject(int limit)
    {
        var v = View;
        var g = v.Grammar;
        var clause = v.Clause[limit];
        for (var i = limit - 1; i >= 0 && v.Clause[i] == clause; i--)
        {
            var t = v.Sentence.Tokens[i];
            // "il movimento sciita ha continuato": an article not governed by a preposition opens a subject.
            if (g.Articles.Contains(v.Lower[i]) && (i == 0 || !(g.Genitive.Contains(v.Lower[i - 1]) || g.Dative.Contains(v.Lower[i - 1]) || g.Place.Contains(v.Lower[i - 1])
                || g.With.Contains(v.Lower[i - 1]) || g.For.Contains(v.Lower[i - 1]) || g.Agent.Contains(v.Lower[i - 1]) || g.Against.Contains(v.Lower[i - 1]) || g.Between.Contains(v.Lower[i - 1])))) return false;
            if (t.IsCapitalized && i > 0 && v.ActorAt(i) is null && !v.Grammar.Articles.Contains(v.Lower[i]) && v.Sentence.Tokens[i].Kind == Text.TokenKind.Word && !IsSentenceInitial(i)) return false;
        }
        return true;
    }

    private bool IsSentenceInitial(int i) => i == 0 || View.Lower[i - 1] is "," or "\"" or "«" or "“";

    private void Remember(List<Participant> participants)
    {
        if (SentenceSubject.Count == 0)
        {
            SentenceSubject.AddRange(participants.Select(p => p.Span).OfType<ActorSpan>());
        }
    }

    private bool PairAnaphorBefore(int limit) => PairAnaphorIn(0, limit) is not null;

    /// <summary>A pair anaphor ("i due leader") starting in [from, limit): the pair it refers to, or null.</summary>
    private IReadOnlyList<Participant>? PairAnaphorIn(int from, int limit) => PairAnaphorAt(from, limit)?.Pair;

    private (int Start, int Length, IReadOnlyList<Participant> Pair)? PairAnaphorAt(int from, int limit)
    {
        var v = View;
        for (var i = Math.Max(0, from); i < limit && i < v.Count; i++)
        {
            if (v.PairAnaphorStart[i] < 0) continue;
            var phrase = v.Grammar.PairAnaphors[v.PairAnaphorStart[i]];
            var pair = ResolvePair(phrase);
            return pair is null ? null : (i, phrase.Length, pair);
        }
        return null;
    }

    private IReadOnlyList<Participant>? ResolvePair(string[] phrase)
    {
        // "entrambe le parti", "both sides": the two sides of the conflict the article reports, not the last pair named.
        if (phrase.Any(w => w is "parti" or "sides" or "parties") && ConflictPair() is { } sides) return sides;
        var people = phrase.Any(w => w is "leader" or "leaders" or "presidenti" or "presidents" or "ministri" or "ministers" or "capi");
        var states = phrase.Any(w => w is "paesi" or "countries" or "governi" or "governments" or "stati" or "nazioni" or "nations" or "capitali" or "vicini" or "neighbours" or "neighbors" or "rivali" or "rivals");
        IReadOnlyList<Participant> pair = people
            ? (State.LastPersonPair.Count >= 2 ? State.LastPersonPair : State.RecentPeople.Take(2).ToList())
            : states
                ? (State.LastStatePair.Count >= 2 ? State.LastStatePair : State.SalientStates)
                : (State.LastStatePair.Count >= 2 ? State.LastStatePair : State.RecentStates.Count >= 2 ? State.SalientStates : State.LastPair);
        return pair.Count >= 2 ? [.. pair.Select(p => p.Carried("pair named earlier"))] : null;
    }

    private static bool IsHostile(EventType type) =>
        type is EventType.ATTACK or EventType.THREATEN or EventType.MOBILIZE or EventType.SANCTION or EventType.REDUCE_RELATIONS or EventType.ACCUSE or EventType.CRITICIZE;

    /// <summary>The two actors most opposed in the article's hostile events, armed acts weighing most (ties: the more recent).</summary>
    private IReadOnlyList<Participant>? ConflictPair()
    {
        var best = ((Participant A, Participant B)?)null;
        var bestCount = 0;
        var counts = new Dictionary<(string, string), int>();
        foreach (var e in State.Events)
        {
            if (!IsHostile(e.Type) || e.Target is null || e.Source.Actor.Id == e.Target.Actor.Id) continue;
            var key = string.CompareOrdinal(e.Source.Actor.Id, e.Target.Actor.Id) < 0 ? (e.Source.Actor.Id, e.Target.Actor.Id) : (e.Target.Actor.Id, e.Source.Actor.Id);
            // Armed acts define a conflict more than words about it.
            var n = counts[key] = counts.GetValueOrDefault(key) + (e.Type is EventType.ATTACK or EventType.MOBILIZE ? 3 : 1);
            if (n >= bestCount)
            {
                bestCount = n;
                best = (e.Source, e.Target);
            }
        }
        return best is { } pair ? [pair.A.Carried("side of the conflict reported"), pair.B.Carried("side of the conflict reported")] : null;
    }

    /// <summary>
    /// «"We condemn Russia," the minister said»: a quotation opening the sentence is the complement of the
    /// speech verb after it, so a verb inside it with no subject of its own ("we", a dropped subject) has the
    /// speaker named right after the closing mark as its subject.
    /// </summary>
    private Participant? QuoteSpeaker(int index)
    {
        var v = View;
        if (v.Count == 0 || !IsQuoteMark(0)) return null;
        var close = -1;
        for (var i = 1; i < v.Count; i++)
        {
            if (IsQuoteMark(i)) { close = i; break; }
        }
        if (close < 0 || index >= close) return null;
        // The quote ends the complement: English puts the comma inside the marks, Italian after them.
        var after = close + 1;
        if (v.Lower[close - 1] != ",")
        {
            if (after >= v.Count || v.Lower[after] != ",") return null;
            after++;
        }
        if (after >= v.Count) return null;
        var clause = v.Clause[after];
        // Within a title and a verb of the mark: "…," said Israeli Foreign Minister X / "…", ha detto X.
        var near = v.Actors.Where(a => a.First >= after && a.First - after <= 6 && a.Usable && a.IsBare && v.Clause[a.First] == clause).ToList();
        var speaker = near.FirstOrDefault(a => a.Actor.Kind == ActorKind.Person) ?? near.FirstOrDefault();
        return speaker is null ? null : Participant.From(speaker);
    }

    private bool IsQuoteMark(int i) =>
        View.Sentence.Tokens[i].Kind == Text.TokenKind.Quote && View.Lower[i] is "\"" or "«" or "»" or "“" or "”";

    private bool IsInsideQuote(int first, int limit)
    {
        // An actor inside a quotation is not the subject of a verb outside it.
        var v = View;
        var open = false;
        for (var i = 0; i < limit; i++)
        {
            if (v.Sentence.Tokens[i].Kind == Text.TokenKind.Quote && v.Lower[i] is "\"" or "«" or "»" or "“" or "”")
            {
                open = v.Lower[i] switch { "«" or "“" => true, "»" or "”" => false, _ => !open };
                if (i > first && !open) return true;
            }
        }
        return false;
    }

    private List<Participant> FindTargets(CueMatch cue, EventType type, List<Participant> subjects, int window) =>
        FindTargetSpans(cue, type, subjects, window, out var anaphor) is { Count: > 0 } spans ? [.. spans.Select(Participant.From)] : anaphor;

    private List<ActorSpan> FindTargetSpans(CueMatch cue, EventType type, List<Participant> subjects, int window, out List<Participant> anaphorTargets)
    {
        var v = View;
        var clause = v.Clause[cue.Last];
        var next = Cues.FirstOrDefault(c => c.IsVerbal && c.Head > cue.Last && !ReferenceEquals(c, cue));
        var end = next?.First ?? v.Count;
        var meeting = type is EventType.MEET or EventType.INTEND_MEET or EventType.NEGOTIATE or EventType.AGREE or EventType.PHONE_CALL;
        var destination = cue.Pattern.Flags.HasFlag(CueFlags.Destination);
        var subjectIds = subjects.Select(s => s.Actor.Id).ToHashSet(StringComparer.Ordinal);
        anaphorTargets = [];
        ActorSpan? fallback = null;
        ActorSpan? weak = null;
        var verbal = type is EventType.CONCERN or EventType.CRITICIZE or EventType.REJECT or EventType.SUPPORT or EventType.DENY or EventType.ACCUSE;
        // Targets may stand inside a cue with a gap: "ha sentito [Rubio] al telefono".
        var start = cue.IsVerbal ? cue.Head : cue.Last;
        clause = v.Clause[start];
        foreach (var a in v.Actors)
        {
            if (a.First <= start || _cueTokens.Contains(a.First)) continue;
            if (a.First >= end || a.First - start > window || v.Clause[a.First] != clause) break;
            if (subjectIds.Contains(a.Actor.Id) || subjects.Any(p => OwnState(p.Actor, a.Actor))) continue;
            // "... e la presidente della Commissione X ha parlato": an actor followed by its own verb starts a new clause.
            if (a.Last + 1 < v.Count && (v.Grammar.PerfectAux.Contains(v.Lower[a.Last + 1]) || v.Grammar.PassiveAux.Contains(v.Lower[a.Last + 1]) && !v.Grammar.Agent.Contains(v.Lower[Math.Max(0, a.First - 1)])))
            {
                break;
            }
            if (!a.Usable && !NextToCue(a))
            {
                // "preoccupata per l'operazione militare indiana": the demonym is who the concern is about.
                if (verbal && type != EventType.DENY && a.Kind == ActorMentionKind.Demonym) weak ??= a;
                continue;
            }
            switch (a.Marker)
            {
                case Marker.Agent:
                    // In the active voice "da" is "from": "vietato le importazioni dal Pakistan"; after a warning it
                    // names whom it is about: "risponderà a qualsiasi violazione da parte di Hezbollah".
                    if (type is EventType.SANCTION or EventType.EASE_SANCTIONS or EventType.REDUCE_RELATIONS && DropsSubject
                        || type is EventType.THREATEN or EventType.CRITICIZE or EventType.ACCUSE) weak ??= a;
                    continue;
                case Marker.Place:
                    if (destination && a.IsPlaceLike) return [a];
                    // "colpito obiettivi in Pakistan", "concern over detentions in Venezuela"
                    if (type is EventType.ATTACK or EventType.CONCERN or EventType.CRITICIZE && a.IsPlaceLike) weak ??= a;
                    continue;
                case Marker.Dative when meeting && a.IsPlaceLike:
                    if (destination) return [a];
                    continue;
                case Marker.Genitive when !a.Representative:
                    // "le roccaforti di Hezbollah" rather than "la periferia di Beirut": the owner, not the place.
                    if (fallback is null || fallback.Kind == ActorMentionKind.Capital && a.Kind != ActorMentionKind.Capital) fallback = a;
                    continue;
            }
            return ExtendRight(a);
        }
        if (fallback is not null && (verbal || type is EventType.ATTACK or EventType.SANCTION)) return [fallback];
        if (weak is not null) return [weak];
        // "ha invitato entrambe le parti", "urged both sides"
        if (PairAnaphorAt(start + 1, Math.Min(end, start + 4)) is { } anaphor)
        {
            anaphorTargets = [.. anaphor.Pair.Where(p => !subjectIds.Contains(p.Actor.Id))];
        }
        return [];
    }

    private List<ActorSpan> FindNominalTargets(CueMatch cue, EventType type, List<Participant> sources)
    {
        var v = View;
        var clause = v.Clause[cue.Last];
        var symmetric = type.Info().Symmetric;
        var destination = cue.Pattern.Flags.HasFlag(CueFlags.Destination);
        var sourceIds = sources.Select(s => s.Actor.Id).ToHashSet(StringComparer.Ordinal);
        var next = Cues.FirstOrDefault(c => c.IsVerbal && c.Head > cue.Last && !ReferenceEquals(c, cue));
        var end = next?.First ?? v.Count;
        foreach (var a in v.Actors)
        {
            if (a.First <= cue.Last) continue;
            if (a.First >= end || a.First - cue.Last > NounTargetWindow || v.Clause[a.First] != clause) break;
            if (!a.Usable && !NextToCue(a)) continue;
            if (sourceIds.Contains(a.Actor.Id)) continue;
            var ok = a.Marker switch
            {
                Marker.With => true,
                Marker.Against => true,
                Marker.Dative => !(symmetric && a.IsPlaceLike) || destination,
                Marker.Place => destination && a.IsPlaceLike,
                Marker.For => type is EventType.SUPPORT or EventType.CONCERN or EventType.APPEAL or EventType.AID or EventType.CRITICIZE,
                Marker.None => a.Kind == ActorMentionKind.Demonym && !symmetric,
                _ => false,
            };
            if (ok) return ExtendRight(a);
        }
        return [];
    }

    private bool NextToCue(ActorSpan a) =>
        a.Kind == ActorMentionKind.Demonym && (_cueTokens.Contains(a.First - 1) || _cueTokens.Contains(a.Last + 1));

    private List<ActorSpan> FindAgents(CueMatch cue)
    {
        var v = View;
        var clause = v.Clause[cue.Last];
        foreach (var a in v.Actors)
        {
            if (a.First <= cue.Last) continue;
            if (a.First - cue.Last > TargetWindow || v.Clause[a.First] != clause) break;
            if (a.Marker == Marker.Agent && a.Usable) return ExtendRight(a);
        }
        return [];
    }

    private bool IsPassive(CueMatch cue)
    {
        if (!cue.Form.HasFlag(VerbForm.Participle) && !cue.Form.HasFlag(VerbForm.Past)) return false;
        var v = View;
        var g = v.Grammar;
        var j = cue.Head - 1;
        while (j >= 0 && v.IsAdverb(j)) j--;
        var sawPassiveAux = false;
        var steps = 0;
        while (j >= 0 && steps < 3 && (g.PassiveAux.Contains(v.Lower[j]) || v.IsAdverb(j)))
        {
            sawPassiveAux |= g.PassiveAux.Contains(v.Lower[j]);
            j--;
            steps++;
        }
        if (!sawPassiveAux)
        {
            // Italian reduced relative: "le sanzioni imposte alla Russia" (a participle straight after a noun).
            return DropsSubject && cue.Form == VerbForm.Participle && cue.Head > 0 && j == cue.Head - 1 && v.ActorAt(cue.Head - 1) is null
                && !g.PerfectAux.Contains(v.Lower[cue.Head - 1]) && !v.IsPunctuation(cue.Head - 1) && v.Sentence.Tokens[cue.Head - 1].Kind == Text.TokenKind.Word
                && !g.Reflexive.Contains(v.Lower[cue.Head - 1]);
        }
        if (j >= 0 && (g.Reflexive.Contains(v.Lower[j]) || g.PerfectAux.Contains(v.Lower[j]) && !DropsSubject && v.Lower[cue.Head - 1] != "been"))
        {
            return false; // "si sono incontrati" is reciprocal, not passive; "has met" is active
        }
        return cue.Form.HasFlag(VerbForm.Participle) || !DropsSubject;
    }

    private bool IsReciprocalReflexive(CueMatch cue)
    {
        var v = View;
        var g = v.Grammar;
        var j = cue.Head - 1;
        var steps = 0;
        while (j >= 0 && steps < 3 && (g.PerfectAux.Contains(v.Lower[j]) || g.PassiveAux.Contains(v.Lower[j]) || v.IsAdverb(j)))
        {
            j--;
            steps++;
        }
        if (j >= 0 && g.Reflexive.Contains(v.Lower[j])) return true;
        foreach (var phrase in g.ReflexivePhrases)
        {
            for (var k = cue.Last + 1; k <= Math.Min(v.Count - phrase.Length, cue.Last + 3); k++)
            {
                if (v.PhraseStartsAt(k, phrase)) return true;
            }
        }
        return false;
    }

    private List<ActorSpan> ExtendLeft(ActorSpan head)
    {
        var v = View;
        var group = new List<ActorSpan> { head };
        var current = head;
        while (current.Index > 0)
        {
            var prev = v.Actors[current.Index - 1];
            if (!prev.Usable || !(prev.IsBare || prev.Marker == current.Marker)) break;
            if (!JoinedByConjunction(prev.Last, current.First, prev, current)) break;
            group.Insert(0, prev);
            current = prev;
        }
        return group;
    }

    private List<ActorSpan> ExtendRight(ActorSpan head)
    {
        var v = View;
        var group = new List<ActorSpan> { head };
        var current = head;
        while (current.Index + 1 < v.Actors.Count)
        {
            var next = v.Actors[current.Index + 1];
            if (!next.Usable) break;
            if (!(next.Marker == Marker.None || next.Marker == head.Marker || next.Representative)) break;
            if (!JoinedByConjunction(current.Last, next.First, current, next)) break;
            group.Add(next);
            current = next;
        }
        return group;
    }

    private bool JoinedByConjunction(int leftLast, int rightFirst, ActorSpan left, ActorSpan right)
    {
        var v = View;
        var sawAnd = false;
        var sawComma = false;
        for (var i = leftLast + 1; i < rightFirst; i++)
        {
            var w = v.Lower[i];
            if (w == ",") sawComma = true;
            else if (v.Grammar.Conjunctions.Contains(w)) sawAnd = true;
            else if (!(v.Grammar.Articles.Contains(w) || v.Grammar.Representatives.Contains(w) || v.Grammar.Agent.Contains(w) && right.Marker == Marker.Agent || v.Grammar.Genitive.Contains(w) && right.Marker == Marker.Genitive || v.Grammar.Dative.Contains(w) && right.Marker == Marker.Dative
                     || v.Grammar.Against.Contains(w) && right.Marker == Marker.Against || v.Grammar.With.Contains(w) && right.Marker == Marker.With || v.Grammar.Between.Contains(w) && right.Marker == Marker.Between)) return false;
        }
        if (sawAnd) return true;
        // A bare comma lists actors of one kind ("Francia, Germania e Italia"); between a state and a person it is an apposition.
        return sawComma && left.Actor.Kind == right.Actor.Kind && left.Actor.Kind != ActorKind.Person;
    }

    private static IEnumerable<RoleAssignment> Cross(List<Participant> sources, List<Participant> targets, string rule, double weight, bool symmetric, bool reciprocal)
    {
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                if (s.Actor.Id == t.Actor.Id) continue;
                yield return new RoleAssignment(s, t, rule, weight);
                if (reciprocal) yield return new RoleAssignment(t, s, rule + "+reciprocal", weight);
            }
        }
    }

    private static IEnumerable<RoleAssignment> Pairs(IReadOnlyList<Participant> group, string rule, double weight, bool reciprocal)
    {
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                if (group[i].Actor.Id == group[j].Actor.Id) continue;
                yield return new RoleAssignment(group[i], group[j], rule, weight);
                if (reciprocal) yield return new RoleAssignment(group[j], group[i], rule, weight);
            }
        }
    }
}
