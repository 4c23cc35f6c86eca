using System.Globalization;
using Graph.Domain.Dates;
using Graph.Extraction.Text;

namespace Graph.Extraction.Dates;

/// <summary>
/// Finds absolute and relative date expressions in a sentence and resolves them against the
/// publication day. A date that needs a year or a reference day the article does not give stays unknown.
/// </summary>
public sealed class DateFinder
{
    // A day-month without a year later than this many days after publication belongs to the previous year.
    private const int FutureSlackDays = 10;
    private readonly IReadOnlyDictionary<string, DateLexicon> _lexicons;

    public DateFinder()
        : this(DateLexicon.LoadEmbedded())
    {
    }

    public DateFinder(IReadOnlyDictionary<string, DateLexicon> lexicons)
    {
        _lexicons = lexicons;
    }

    /// <param name="yearReference">When the publication day is unknown, a date the article states in full: it gives the year to "il 3 marzo", never a reference for "ieri".</param>
    /// <param name="narrative">The day of the event told just before, for "tre giorni prima", "the same day".</param>
    /// <param name="story">The last date the story told, of any precision, for "nei giorni successivi".</param>
    public IReadOnlyList<DateMention> Find(Sentence sentence, string language, DateOnly? published, int ignoreBefore = 0, DateOnly? yearReference = null, DateOnly? narrative = null, EventDate? story = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!_lexicons.TryGetValue(language, out var lex)) return [];
        var tokens = sentence.Tokens;
        var found = new List<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Start < ignoreBefore || token.Kind == TokenKind.Word && !lex.PhraseStarts.Contains(token.Lower) && !lex.Months.ContainsKey(token.Lower) && !lex.Weekdays.ContainsKey(token.Lower))
            {
                i++;
                continue;
            }
            var m = TryAt(tokens, i, lex, published, published ?? yearReference) ?? Narrative(tokens, i, lex, narrative, story);
            if (m is null)
            {
                i++;
                continue;
            }
            found.Add(m);
            i = m.Last + 1;
        }
        return DropNightStarts(tokens, found, lex);
    }

    private static DateMention? TryAt(IReadOnlyList<Token> t, int i, DateLexicon lex, DateOnly? pub, DateOnly? yearRef)
    {
        var tok = t[i];
        if (tok.Kind == TokenKind.Number)
        {
            return NumberDate(t, i, lex, yearRef);
        }
        if (tok.Kind != TokenKind.Word) return null;
        var w = tok.Lower;
        foreach (var (words, offset) in lex.Days)
        {
            if (Matches(t, i, words))
            {
                var date = pub is { } p ? EventDate.OfDay(p.AddDays(offset)) : EventDate.Unknown;
                return Mention(t, i, i + words.Length - 1, date, false, offset > 0);
            }
        }
        foreach (var (words, offset) in lex.Weeks)
        {
            if (Matches(t, i, words))
            {
                var date = pub is { } p ? MonthOf(p.AddDays(offset * 7)) : EventDate.Unknown;
                return Mention(t, i, i + words.Length - 1, date, false, offset > 0);
            }
        }
        foreach (var (words, offset) in lex.MonthsRelative)
        {
            if (Matches(t, i, words))
            {
                var date = pub is { } p ? MonthOf(p.AddMonths(offset)) : EventDate.Unknown;
                return Mention(t, i, i + words.Length - 1, date, false, offset > 0);
            }
        }
        if (lex.Weekdays.TryGetValue(w, out var weekday))
        {
            return WeekdayDate(t, i, weekday, lex, pub);
        }
        if (lex.Months.TryGetValue(w, out var month) && (w.Length >= 4 || tok.IsCapitalized))
        {
            return MonthDate(t, i, month, lex, yearRef);
        }
        return null;
    }

    // "tre giorni prima", "two days later", "lo stesso giorno": relative to the event told just before.
    // Without a day told before, "in serata" stays unknown here: the caller may still tie it to the publication day.
    private static DateMention? Narrative(IReadOnlyList<Token> t, int i, DateLexicon lex, DateOnly? narrative, EventDate? story)
    {
        foreach (var words in lex.DaysAfter)
        {
            if (Matches(t, i, words) && story is { IsKnown: true } st && st.Start is { } s0)
            {
                return Mention(t, i, i + words.Length - 1, MonthOf(s0), false, false) with { NarrativeOffset = 1 };
            }
        }
        foreach (var words in lex.SameDay)
        {
            if (Matches(t, i, words))
            {
                var date = narrative is { } nd ? EventDate.OfDay(nd) : EventDate.Unknown;
                return Mention(t, i, i + words.Length - 1, date, false, false) with { NarrativeOffset = 0 };
            }
        }
        if (narrative is not { } n) return null;
        foreach (var (words, offset) in lex.NarrativeDays)
        {
            if (Matches(t, i, words)) return Mention(t, i, i + words.Length - 1, EventDate.OfDay(n.AddDays(offset)), false, false) with { NarrativeOffset = offset };
        }
        int? count = lex.Numbers.TryGetValue(t[i].Lower, out var c) ? c
            : t[i].Kind == TokenKind.Number && int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and < 60 ? d : null;
        if (count is { } k && i + 2 < t.Count && lex.DayUnits.Contains(t[i + 1].Lower))
        {
            if (lex.Earlier.Contains(t[i + 2].Lower)) return Mention(t, i, i + 2, EventDate.OfDay(n.AddDays(-k)), false, false) with { NarrativeOffset = -k };
            if (lex.Later.Contains(t[i + 2].Lower)) return Mention(t, i, i + 2, EventDate.OfDay(n.AddDays(k)), false, false) with { NarrativeOffset = k };
        }
        return null;
    }

    private static DateMention? NumberDate(IReadOnlyList<Token> t, int i, DateLexicon lex, DateOnly? pub)
    {
        var text = t[i].Text;
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var iso))
        {
            return Mention(t, i, i, EventDate.OfDay(iso), true, pub is { } p0 && iso > p0);
        }
        var parts = text.Split('/', '.');
        if (parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsDigit)))
        {
            var a = int.Parse(parts[0], inv);
            var b = int.Parse(parts[1], inv);
            var y = int.Parse(parts[2], inv);
            if (y < 100) y += 2000;
            var (d, m) = lex.DayFirst ? (a, b) : (b, a);
            if (IsValid(y, m, d))
            {
                var date = new DateOnly(y, m, d);
                return Mention(t, i, i, EventDate.OfDay(date), true, pub is { } p1 && date > p1);
            }
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, inv, out var n)) return null;
        var next = i + 1;
        if (next < t.Count && t[next].Text is "º" or "°") next++;
        if (n is >= 1 and <= 31 && next < t.Count && lex.Months.TryGetValue(t[next].Lower, out var month))
        {
            var last = next;
            int? year = null;
            if (last + 1 < t.Count && YearOf(t[last + 1]) is { } y1)
            {
                year = y1;
                last++;
            }
            return DayMonth(t, i, last, n, month, year, pub);
        }
        if (text.Length == 4 && n is >= 1900 and <= 2100 && i > 0 && lex.YearPrepositions.Contains(t[i - 1].Lower))
        {
            return Mention(t, i, i, EventDate.OfYear(n), true, pub is { } p && n > p.Year);
        }
        return null;
    }

    private static DateMention? MonthDate(IReadOnlyList<Token> t, int i, int month, DateLexicon lex, DateOnly? pub)
    {
        // "March 3", "March 3, 2025"
        if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Number && int.TryParse(t[i + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31)
        {
            var last = i + 1;
            int? year = null;
            var j = last + 1;
            if (j < t.Count && t[j].Text == ",") j++;
            if (j < t.Count && YearOf(t[j]) is { } y)
            {
                year = y;
                last = j;
            }
            return DayMonth(t, i, last, d, month, year, pub);
        }
        if (i + 1 < t.Count && YearOf(t[i + 1]) is { } year2)
        {
            return Mention(t, i, i + 1, EventDate.OfMonth(year2, month), true, pub is { } p && new DateOnly(year2, month, 1) > p);
        }
        // A month alone needs a preposition before it ("a marzo", "in March") and a publication year.
        if (i > 0 && t[i - 1].Kind == TokenKind.Word && t[i - 1].Lower is "a" or "in" or "di" or "nel" or "since" or "by" or "until" or "early" or "late" or "entro" or "mid" or "fine" or "inizio" && pub is { } p2)
        {
            var year = month > p2.Month + 1 ? p2.Year - 1 : p2.Year;
            return Mention(t, i, i, EventDate.OfMonth(year, month), true, false);
        }
        return null;
    }

    private static DateMention DayMonth(IReadOnlyList<Token> t, int first, int last, int day, int month, int? year, DateOnly? pub)
    {
        if (year is null)
        {
            if (pub is not { } p) return Mention(t, first, last, EventDate.Unknown, true, false);
            year = p.Year;
            if (IsValid(p.Year, month, day) && new DateOnly(p.Year, month, day) > p.AddDays(FutureSlackDays))
            {
                year = p.Year - 1;
            }
        }
        if (!IsValid(year.Value, month, day)) return Mention(t, first, last, EventDate.Unknown, true, false);
        var date = new DateOnly(year.Value, month, day);
        return Mention(t, first, last, EventDate.OfDay(date), true, pub is { } pp && date > pp);
    }

    private static DateMention WeekdayDate(IReadOnlyList<Token> t, int i, DayOfWeek weekday, DateLexicon lex, DateOnly? pub)
    {
        var last = i;
        var past = false;
        var next = false;
        if (i + 1 < t.Count && lex.PastModifiers.Contains(t[i + 1].Lower)) { past = true; last = i + 1; }
        else if (i + 1 < t.Count && lex.NextModifiers.Contains(t[i + 1].Lower)) { next = true; last = i + 1; }
        if (i > 0 && lex.PastModifiers.Contains(t[i - 1].Lower)) past = true;
        if (i > 0 && lex.NextModifiers.Contains(t[i - 1].Lower)) next = true;
        if (i + 1 < t.Count && t[i + 1].Lower == "'s") last = i + 1;
        if (pub is not { } p) return Mention(t, i, last, EventDate.Unknown, false, next);
        var delta = ((int)p.DayOfWeek - (int)weekday + 7) % 7;
        DateOnly date;
        if (next)
        {
            var ahead = ((int)weekday - (int)p.DayOfWeek + 7) % 7;
            date = p.AddDays(ahead == 0 ? 7 : ahead);
        }
        else
        {
            date = p.AddDays(-(delta == 0 && past ? 7 : delta));
        }
        return Mention(t, i, last, EventDate.OfDay(date), false, next);
    }

    // "nella notte tra sabato e domenica", "the night between the 28th and the 29th": the event falls on the second day.
    private static List<DateMention> DropNightStarts(IReadOnlyList<Token> t, List<DateMention> found, DateLexicon lex)
    {
        if (found.Count < 2) return found;
        var keep = new List<DateMention>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (k + 1 < found.Count)
            {
                var b = found[k + 1];
                var gapWords = b.First - a.Last - 1;
                var between = a.First > 0 && lex.Between.Contains(t[a.First - 1].Lower) || a.First > 1 && lex.Between.Contains(t[a.First - 2].Lower);
                var night = false;
                for (var j = Math.Max(0, a.First - 4); j < a.First; j++) night |= lex.Night.Contains(t[j].Lower);
                if (gapWords is >= 1 and <= 2 && between && night)
                {
                    continue;
                }
            }
            keep.Add(a);
        }
        return keep;
    }

    private static int? YearOf(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static bool IsValid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static EventDate MonthOf(DateOnly d) => EventDate.OfMonth(d.Year, d.Month);

    private static bool Matches(IReadOnlyList<Token> t, int i, string[] words)
    {
        if (i + words.Length > t.Count) return false;
        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(t[i + k].Lower, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static DateMention Mention(IReadOnlyList<Token> t, int first, int last, EventDate date, bool isExplicit, bool future) =>
        new(first, last, date, string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => t[k].Text)), isExplicit, future);

    /// <summary>
    /// True when a comma and a clause opener ("…, come previsto dall'accordo entrato in vigore venerdì", "…, which took
    /// effect on Friday") stand between <paramref name="from"/> and the date: the date belongs to that clause's verb.
    /// </summary>
    public bool InTrailingClause(Sentence sentence, string language, int from, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);
        if (!_lexicons.TryGetValue(language, out var lex)) return false;
        var t = sentence.Tokens;
        for (var k = Math.Max(0, from); k + 1 < mention.First && k + 1 < t.Count; k++)
        {
            if (t[k].Text != ",") continue;
            foreach (var opener in lex.ClauseOpeners)
            {
                if (Matches(t, k + 1, opener)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the date after the cue at <paramref name="head"/> qualifies a noun through a participle of its own:
    /// "accoglie l'intesa raggiunta ieri" dates the agreement, not the welcome. "è stato firmato ieri" does not count.
    /// </summary>
    public bool InReducedRelative(Sentence sentence, string language, int head, DateMention mention)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);
        if (!_lexicons.TryGetValue(language, out var lex) || lex.ParticipleEndings.Count == 0 && lex.ParticipleWords.Count == 0) return false;
        var t = sentence.Tokens;
        var p = mention.First - 1;
        // The participle needs a noun of its own between it and the cue.
        if (p <= head + 1 || p >= t.Count) return false;
        var word = t[p].Lower;
        var participle = lex.ParticipleWords.Contains(word) || lex.ParticipleEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal));
        return participle && !lex.Auxiliaries.Contains(t[p - 1].Lower) && t[p - 1].Text != ",";
    }

    /// <summary>
    /// True when the verb at <paramref name="head"/> tells background: a pluperfect ("aveva respinto", "had met") or a
    /// marker such as "già", "in passato", "previously" before it in the sentence or just after it.
    /// </summary>
    public bool IsBackground(Sentence sentence, string language, int head)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!_lexicons.TryGetValue(language, out var lex)) return false;
        var t = sentence.Tokens;
        for (var k = head - 1; k >= Math.Max(0, head - 3); k--)
        {
            if (lex.BackgroundAux.Contains(t[k].Lower)) return true;
        }
        for (var k = 0; k < t.Count && k <= head + 3; k++)
        {
            foreach (var marker in lex.BackgroundMarkers)
            {
                if (Matches(t, k, marker)) return true;
            }
        }
        return false;
    }
}
