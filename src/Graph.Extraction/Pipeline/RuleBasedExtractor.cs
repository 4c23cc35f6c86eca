using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Extraction.Actors;
using Graph.Extraction.Cues;
using Graph.Extraction.Dates;
using Graph.Extraction.Places;
using Graph.Extraction.Roles;
using Graph.Extraction.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: parse (sentences, language, publication day) → per sentence actors,
/// cues, modality, roles, date and place → one event per distinct triple, with its evidence.
/// </summary>
public sealed partial class RuleBasedExtractor : IEventExtractor
{
    // Sentences longer than this are cut for the role rules: no real sentence is that long, and
    // rule cost grows with actors × cues.
    private const int MaxTokensPerSentence = 400;
    private const int MaxDateDistance = 24;

    // Sentences between two denials that answer one charge ("Moscow denied ... Pyongyang dismissed ...").
    private const int MaxCoDenialDistance = 2;

    private readonly IDocumentParser _parser;
    private readonly IActorRecognizer _actors;
    private readonly LanguagePacks _languages;
    private readonly DateFinder _dates;
    private readonly IOptions<ExtractionOptions> _options;
    private readonly ILogger<RuleBasedExtractor> _logger;

    public RuleBasedExtractor(IDocumentParser parser, IActorRecognizer actors, LanguagePacks languages, DateFinder dates, IOptions<ExtractionOptions> options, ILogger<RuleBasedExtractor>? logger = null)
    {
        _parser = parser;
        _actors = actors;
        _languages = languages;
        _dates = dates;
        _options = options;
        _logger = logger ?? NullLogger<RuleBasedExtractor>.Instance;
    }

    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var warnings = ImmutableArray.CreateBuilder<string>();
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            warnings.Add("the article has no text");
            return new ArticleExtraction(article, [], warnings.ToImmutable());
        }
        var document = _parser.Parse(article);
        var pack = _languages.For(document.Language);
        if (pack is null)
        {
            warnings.Add(document.Language == DocumentParser.Undetermined
                ? "the article's language could not be identified; no events extracted"
                : $"the article is in '{document.Language}', not Italian or English; no events extracted");
            LogSkipped(_logger, article.File ?? article.Id, document.Language);
            return new ArticleExtraction(article, [], warnings.ToImmutable());
        }
        if (document.Published is null)
        {
            warnings.Add("no publication date in metadata or dateline: relative dates (\"ieri\", \"yesterday\") stay unknown");
        }
        var session = _actors.BeginArticle(document);
        var yearReference = document.Published ?? FirstFullDate(document);
        var state = new DiscourseState();
        var clock = new NarrativeClock();
        var found = new List<Found>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = sentence.Tokens.Count > MaxTokensPerSentence ? Truncate(sentence) : sentence;
            IReadOnlyList<ActorMention> mentions;
            try
            {
                mentions = session.Recognize(s);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                warnings.Add($"actor recognition failed on sentence {s.Index + 1}: {ex.Message}");
                continue;
            }
            var before = found.Count;
            var dates = s.IsHeading ? [] : _dates.Find(s, document.Language, document.Published, document.DatelineEnd, yearReference, clock.Day, clock.Story);
            ExtractSentence(document, s, mentions, pack, state, found, dates, clock);
            if (!s.IsHeading) Advance(clock, document, s, dates, found, before);
        }
        var events = Finish(found, article);
        var min = _options.Value.MinConfidence;
        return new ArticleExtraction(article, [.. events.Where(e => e.Confidence >= min)], warnings.ToImmutable());
    }

    // The story moves to the date this sentence tells: the one its events took from the text, else its first date that
    // belongs to the main clause. Flashbacks ("il giorno prima") and announcements ("domani") leave it where it was.
    private void Advance(NarrativeClock clock, ParsedDocument document, Sentence sentence, IReadOnlyList<DateMention> dates, List<Found> found, int before)
    {
        for (var i = found.Count - 1; i >= before; i--)
        {
            if (found[i].DateMention is { } used && !(used.NarrativeOffset < 0) && !used.Future && used.Date.IsKnown)
            {
                clock.Tell(used.Date, sentence.Paragraph);
                return;
            }
        }
        foreach (var m in dates)
        {
            if (!m.Date.IsKnown || m.Future || m.NarrativeOffset < 0 || _dates.InTrailingClause(sentence, document.Language, 0, m)) continue;
            clock.Tell(m.Date, sentence.Paragraph);
            return;
        }
    }

    private DateOnly? FirstFullDate(ParsedDocument document)
    {
        foreach (var s in document.Sentences.Take(12))
        {
            foreach (var m in _dates.Find(s, document.Language, null, document.DatelineEnd))
            {
                if (m.Explicit && m.Date.Precision == DatePrecision.Day) return m.Date.Start;
            }
        }
        return null;
    }

    private void ExtractSentence(ParsedDocument document, Sentence sentence, IReadOnlyList<ActorMention> mentions, LanguagePack pack, DiscourseState state, List<Found> found, IReadOnlyList<DateMention> dateMentions, NarrativeClock clock)
    {
        var view = new SentenceView(sentence, mentions, pack.Grammar, document.DatelineEnd);
        if (view.Actors.Count == 0 && state.LastSubject.Count == 0)
        {
            return;
        }
        ExtractCues(document, sentence, view, pack, state, found, dateMentions, clock);
        UpdatePair(view, state);
        foreach (var a in view.Actors)
        {
            if (a.Usable) state.Saw(Participant.From(a));
        }
    }

    private void ExtractCues(ParsedDocument document, Sentence sentence, SentenceView view, LanguagePack pack, DiscourseState state, List<Found> found, IReadOnlyList<DateMention> dateMentions, NarrativeClock clock)
    {
        var cues = CueMatcher.Match(view, pack.Cues);
        var dropsSubject = pack.Grammar.PronounSubjects.Count == 0;
        var roles = new RoleAssigner(view, cues, state, dropsSubject);
        foreach (var cue in cues)
        {
            var modality = ModalityClassifier.Classify(view, cue);
            var type = cue.Type;
            if (modality.Kind == ModalityKind.Dropped)
            {
                // Still assign roles, so a later cue sharing this one's subject finds it.
                roles.Assign(cue, type);
                continue;
            }
            if (modality.Kind == ModalityKind.Intended && type == EventType.MEET) type = EventType.INTEND_MEET;
            var assignments = roles.Assign(cue, type);
            if (assignments.Count == 0 && type == EventType.DENY)
            {
                assignments = DenialOfAccuser(roles.SubjectsOf(cue), found, sentence.Index);
            }
            else if (type == EventType.DENY)
            {
                assignments = AnsweringSameSentenceCharge(assignments, found, sentence.Index);
            }
            if (assignments.Count == 0) continue;
            var (date, dateNote, used) = DateFor(view, cue, type, dateMentions, document, assignments, found, clock);
            var place = PlaceFinder.Find(view, cue, assignments.SelectMany(a => new[] { a.Source, a.Target }));
            foreach (var a in assignments)
            {
                found.Add(Build(document, sentence, view, cue, type, modality, a, date, dateNote, place) with { DateMention = used, TargetParticipant = a.Target });
            }
        }
        if (roles.SentenceSubject.Count > 0)
        {
            state.LastSubject = [.. roles.SentenceSubject.Select(Participant.From)];
            state.LastSubjectSentence = sentence.Index;
            if (roles.SentenceSubject.LastOrDefault(s => s.Actor.Kind == ActorKind.Person) is { } person)
            {
                state.LastPerson = Participant.From(person);
            }
        }
        else if (view.Actors.FirstOrDefault(a => a.IsBare && a.Usable) is { } first && view.SkipBackFillers(first.First - 1) < 0)
        {
            // "Scholz è arrivato a Varsavia. Ha poi criticato ...": the sentence's opening actor is its subject.
            state.LastSubject = [Participant.From(first)];
            state.LastSubjectSentence = sentence.Index;
            if (first.Actor.Kind == ActorKind.Person) state.LastPerson = Participant.From(first);
        }
        else if (view.Actors.FirstOrDefault(a => a.IsBare && a.Usable && a.Actor.Kind == ActorKind.Person) is { } firstPerson)
        {
            state.LastPerson = Participant.From(firstPerson);
        }
    }

    // "X e Y ... i due leader": remember the last two bare actors named together.
    private static void UpdatePair(SentenceView view, DiscourseState state)
    {
        var anyPair = false;
        for (var i = 0; i + 1 < view.Actors.Count; i++)
        {
            var a = view.Actors[i];
            var b = view.Actors[i + 1];
            if (a.Actor.Id == b.Actor.Id || !a.Usable || !b.Usable) continue;
            var joined = true;
            for (var k = a.Last + 1; k < b.First; k++)
            {
                if (!view.Grammar.Conjunctions.Contains(view.Lower[k]) && !view.Grammar.Articles.Contains(view.Lower[k]) && !view.Grammar.Between.Contains(view.Lower[k])) joined = false;
            }
            if (joined && b.First - a.Last <= 3 && view.Lower.Skip(a.Last + 1).Take(b.First - a.Last - 1).Any(w => view.Grammar.Conjunctions.Contains(w) && w != ","))
            {
                if (!anyPair) state.LastPair = [Participant.From(a), Participant.From(b)];
                anyPair = true;
                if (a.Actor.Kind == ActorKind.Person && b.Actor.Kind == ActorKind.Person)
                {
                    state.LastPersonPair = [Participant.From(a), Participant.From(b)];
                }
                if (a.Actor.Kind == ActorKind.State && b.Actor.Kind == ActorKind.State)
                {
                    state.LastStatePair = [Participant.From(a), Participant.From(b)];
                }
            }
        }
    }

    // A denial's target is whoever made the accusation it answers (ANNOTATION decision 1). A denial answers a charge
    // before it answers criticism: "Tusk accused Moscow ...; Rutte condemned Russia ...; Moscow denied it" answers Tusk.
    private static List<RoleAssignment> DenialOfAccuser(IReadOnlyList<Participant> deniers, List<Found> found, int sentenceIndex)
    {
        var result = new List<RoleAssignment>();
        foreach (var denier in deniers)
        {
            var accusation = LastChargeAgainst(denier.Actor, found, -1, EventType.ACCUSE)
                ?? LastChargeAgainst(denier.Actor, found, -1, EventType.CRITICIZE, EventType.THREATEN, EventType.SANCTION);
            if (accusation is not null)
            {
                var accuser = accusation.SourceParticipant.Carried($"accuser in sentence {accusation.SentenceIndex + 1}");
                result.Add(new RoleAssignment(denier, accuser, "deny→accuser", 0.8));
            }
            else if (found.LastOrDefault(f => f.Type == EventType.DENY && f.SentenceIndex >= sentenceIndex - MaxCoDenialDistance) is { TargetParticipant: { } answered } other
                && other.Source.Id != denier.Actor.Id && other.Target.Id != denier.Actor.Id)
            {
                // "Moscow denied the reports. ... Pyongyang dismissed the allegations": a second denial right after
                // another answers the same accuser.
                var accuser = answered.Carried($"accuser answered by the denial of sentence {other.SentenceIndex + 1}");
                result.Add(new RoleAssignment(denier, accuser, "deny→accuser", 0.7));
            }
        }
        return result;
    }

    // "X aveva accusato Y di ..., accusa respinta da Y": a charge made in the denial's own sentence names the accuser,
    // whatever else the denial's phrase happens to mention.
    private static List<RoleAssignment> AnsweringSameSentenceCharge(IReadOnlyList<RoleAssignment> assignments, List<Found> found, int sentenceIndex)
    {
        var result = new List<RoleAssignment>(assignments.Count);
        foreach (var a in assignments)
        {
            var charge = LastChargeAgainst(a.Source.Actor, found, sentenceIndex, EventType.ACCUSE);
            result.Add(charge is not null && charge.Source.Id != a.Target.Actor.Id
                ? a with { Target = charge.SourceParticipant.Carried($"accuser in sentence {charge.SentenceIndex + 1}"), Rule = "deny→accuser" }
                : a);
        }
        return result;
    }

    private static Found? LastChargeAgainst(Actor denier, List<Found> found, int sentenceIndex, params EventType[] types) =>
        found.LastOrDefault(f => types.Contains(f.Type)
            && (sentenceIndex < 0 || f.SentenceIndex == sentenceIndex)
            && f.Source.Id != denier.Id
            && (f.Target.Id == denier.Id || (f.Target.Country is not null && f.Target.Country == denier.Country)));

    private (EventDate Date, string Note, DateMention? Used) DateFor(SentenceView view, CueMatch cue, EventType type, IReadOnlyList<DateMention> mentions, ParsedDocument document, IReadOnlyList<RoleAssignment> assignments, List<Found> found, NarrativeClock clock)
    {
        var head = cue.IsVerbal ? cue.Head : cue.First;
        var present = cue.IsVerbal && cue.Form.HasFlag(VerbForm.Present) && (cue.Form & (VerbForm.Past | VerbForm.Participle)) == 0;
        DateMention? best = null;
        var bestDate = EventDate.Unknown;
        var bestScore = int.MaxValue;
        foreach (var m in mentions)
        {
            // "In serata esorta Mosca a ...": a same-day phrase with a present-tense verb is today's news.
            var date = m.NarrativeOffset == 0 && present && document.Published is { } today ? EventDate.OfDay(today) : m.Date;
            if (!date.IsKnown) continue;
            // A meeting announced for tomorrow was agreed today: the event is the announcement.
            if (m.Future && (type == EventType.INTEND_MEET || cue.Pattern.Flags.HasFlag(CueFlags.Future))) continue;
            // "..., come previsto dall'accordo entrato in vigore venerdì": that date is the other verb's.
            if (m.First > head && _dates.InTrailingClause(view.Sentence, document.Language, head, m)) continue;
            if (m.First > head && _dates.InReducedRelative(view.Sentence, document.Language, head, m)) continue;
            var distance = m.Last < head ? head - m.Last : m.First - head;
            // A date opening the sentence ("Sempre oggi i ministri ...") covers all of it, however long.
            var opening = m.First <= 2 && m.Last < head;
            // A date far from the cue belongs to another verb of a long sentence ("... entrato in vigore venerdì scorso").
            if (distance > MaxDateDistance && !opening) continue;
            var score = Math.Min(distance, opening ? MaxDateDistance : distance) + (view.Clause[Math.Min(m.First, view.Count - 1)] == view.Clause[head] ? 0 : 20);
            if (score < bestScore)
            {
                best = m;
                bestDate = date;
                bestScore = score;
            }
        }
        if (best is not null)
        {
            var today = bestDate != best.Date ? " (present tense: the publication day)" : "";
            return (bestDate, $"date: \"{best.Text}\" → {bestDate.Iso}{today}", best);
        }
        if (view.Sentence.IsHeading)
        {
            return (EventDate.Unknown, "date: none in the heading", null);
        }
        // The same actors, reported after a dated event and in a past tense, are taken as part of that occasion;
        // background ("aveva incontrato", "già", "in passato") is not.
        var past = !cue.IsVerbal || (cue.Form & (VerbForm.Past | VerbForm.Participle | VerbForm.Imperfect | VerbForm.Subjunctive | VerbForm.Gerund)) != 0;
        if (past && _dates.IsBackground(view.Sentence, document.Language, head))
        {
            return (EventDate.Unknown, "date: not stated (background)", null);
        }
        if (past)
        {
            // A person stands for their country here: "Zelensky" continues the story of "Ukraine".
            // (one way only: a state's later statements do not take the date of its leader's earlier meeting).
            var ids = assignments.SelectMany(a => new[] { a.Source.Actor, a.Target.Actor })
                .SelectMany(x => x.Kind == ActorKind.Person && x.Country is not null ? new[] { x.Id, "country:" + x.Country } : [x.Id]).ToHashSet(StringComparer.Ordinal);
            bool Shares(Actor x) => ids.Contains(x.Id) || x.Kind == ActorKind.State && x.Country is not null && ids.Contains("country:" + x.Country);
            var earlier = found.LastOrDefault(f => !f.IsHeading && f.Date.Precision == DatePrecision.Day && f.DateExplicitInSentence
                && (Shares(f.Source) || Shares(f.Target)));
            if (earlier is not null)
            {
                return (earlier.Date, $"date: carried from the {earlier.Type} of sentence {earlier.SentenceIndex + 1} → {earlier.Date.Iso}", null);
            }
            // A past-tense event told right after the story's day (same or next paragraph) happened on that day.
            if (cue.IsVerbal && clock.DayNear(view.Sentence.Paragraph) is { } day)
            {
                return (EventDate.OfDay(day), $"date: the story's day → {EventDate.OfDay(day).Iso}", null);
            }
        }
        // "Palazzo Chigi accoglie l'intesa raggiunta ieri": a present-tense statement with no date of its own is the
        // news of the publication day, unless the story has moved to another day.
        if (present && document.Published is { } published && (clock.DayNear(view.Sentence.Paragraph) ?? published) == published)
        {
            return (EventDate.OfDay(published), $"date: present tense → the publication day {EventDate.OfDay(published).Iso}", null);
        }
        return (EventDate.Unknown, "date: not stated", null);
    }

    private static Found Build(ParsedDocument document, Sentence sentence, SentenceView view, CueMatch cue, EventType type, Modality modality, RoleAssignment a, EventDate date, string dateNote, string? place)
    {
        var cueText = CueText(view, cue);
        var cueWeight = cue.Pattern.Elements.Count > 1 ? 0.92 : cue.IsVerbal ? 0.88 : 0.75;
        var confidence = cueWeight * a.Weight * ActorWeight(a.Source) * ActorWeight(a.Target);
        if (modality.Kind == ModalityKind.Alleged) confidence *= 0.7;
        if (sentence.IsHeading) confidence *= 0.9;
        confidence = Math.Clamp(confidence, 0.05, 0.99);
        var resolutions = ImmutableArray.CreateBuilder<string>();
        resolutions.Add("source: " + Note(a.Source));
        resolutions.Add("target: " + Note(a.Target));
        resolutions.Add(dateNote);
        if (modality.Kind != ModalityKind.Asserted) resolutions.Add($"modality: {modality.Kind.ToString().ToLowerInvariant()} ('{modality.Because}')");
        if (type != cue.Type) resolutions.Add($"type: {cue.Type} → {type} ('{modality.Because}')");
        var language = document.Language;
        var rule = $"{language}.{(cue.IsVerbal ? "verb" : "noun")}.{a.Rule}";
        var span = new TextSpan(sentence.Start, sentence.End);
        var mention = new Mention(document.Article.Id, sentence.Text, span);
        var evidence = new Evidence(cueText, rule, resolutions.ToImmutable());
        var dateExplicit = dateNote.StartsWith("date: \"", StringComparison.Ordinal);
        return new Found(a.Source.Actor, type, a.Target.Actor, date, place, confidence, modality.Kind == ModalityKind.Alleged, mention, evidence, sentence.Index, sentence.IsHeading, dateExplicit, a.Source);
    }

    private static double ActorWeight(Participant p)
    {
        var kind = p.Mention.Kind switch
        {
            ActorMentionKind.Name => 1.0,
            ActorMentionKind.Surname => 0.97,
            ActorMentionKind.Capital => 0.93,
            ActorMentionKind.Metonym => 0.93,
            ActorMentionKind.IntroducedPerson => 0.92,
            ActorMentionKind.Title => 0.88,
            ActorMentionKind.Demonym => 0.8,
            _ => 0.8,
        };
        return p.Via is null ? kind : kind * 0.92;
    }

    private static string Note(Participant p) => p.Via is null ? p.Mention.Note : $"{p.Mention.Note} ({p.Via})";

    private static string CueText(SentenceView view, CueMatch cue)
    {
        var parts = new List<string>();
        var previous = -1;
        foreach (var t in cue.Tokens)
        {
            if (previous >= 0 && t > previous + 1) parts.Add("…");
            parts.Add(view.Sentence.Tokens[t].Text);
            previous = t;
        }
        // Include the auxiliary in front of a participle ("ha accolto", "è stato ricevuto") for readability.
        var head = cue.Tokens[0];
        var aux = new List<string>();
        for (var i = head - 1; i >= Math.Max(0, head - 2); i--)
        {
            if (view.Grammar.PerfectAux.Contains(view.Lower[i]) || view.Grammar.PassiveAux.Contains(view.Lower[i]) || view.Grammar.Reflexive.Contains(view.Lower[i])) aux.Insert(0, view.Sentence.Tokens[i].Text);
            else break;
        }
        return string.Join(' ', aux.Concat(parts));
    }

    private static Sentence Truncate(Sentence s)
    {
        var tokens = s.Tokens.Take(MaxTokensPerSentence).ToList();
        var end = tokens[^1].End;
        return s with { End = end, Text = s.Text[..(end - s.Start)], Tokens = tokens };
    }

    /// <summary>
    /// Headings repeat the body: an undated report of a triple the article dates elsewhere is that
    /// dated event. Then one event per distinct (source, type, target, date), keeping every mention.
    /// </summary>
    private static ImmutableArray<Event> Finish(List<Found> found, Article article)
    {
        var events = new List<Event>(found.Count);
        foreach (var f in found)
        {
            var date = f.Date;
            if (!date.IsKnown)
            {
                var dated = found.FirstOrDefault(o => o.Date.IsKnown && SameTriple(o, f));
                if (dated is not null) date = dated.Date;
            }
            if (f.IsHeading && !date.IsKnown && found.Any(o => !o.IsHeading && SameTriple(o, f)) is false && found.Any(o => !o.IsHeading))
            {
                // A heading-only event with no date is kept: the title may be the only report of it.
            }
            events.Add(new Event(f.Source, f.Type, f.Target, date, f.Place, f.Confidence, f.Alleged, [f.Mention], f.Evidence));
        }
        // Mentions of one event keep the first (body) evidence: body sentences come before or after headings alike.
        return ArticleExtraction.Deduplicate(events.OrderBy(e => e.Mentions[0].Span.Start));
    }

    private static bool SameTriple(Found a, Found b) =>
        a.Type == b.Type && (a.Source.Id == b.Source.Id && a.Target.Id == b.Target.Id || a.Type.Info().Symmetric && a.Source.Id == b.Target.Id && a.Target.Id == b.Source.Id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {Article}: language '{Language}' has no cue lexicon")]
    private static partial void LogSkipped(ILogger logger, string article, string language);

    private sealed record Found(Actor Source, EventType Type, Actor Target, EventDate Date, string? Place, double Confidence, bool Alleged, Mention Mention, Evidence Evidence, int SentenceIndex, bool IsHeading, bool DateExplicitInSentence, Participant SourceParticipant)
    {
        /// <summary>The date expression of the sentence the event took its date from, if any.</summary>
        public DateMention? DateMention { get; init; }

        public Participant? TargetParticipant { get; init; }
    }
}
