using System.Collections.Frozen;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Dates;

/// <summary>Month and weekday names and relative-date words of one language, from Lexicons/dates.yaml.</summary>
public sealed class DateLexicon
{
    public required FrozenDictionary<string, int> Months { get; init; }
    public required FrozenDictionary<string, DayOfWeek> Weekdays { get; init; }
    public required IReadOnlyList<(string[] Words, int Offset)> Days { get; init; }
    public required IReadOnlyList<(string[] Words, int Offset)> Weeks { get; init; }
    public required IReadOnlyList<(string[] Words, int Offset)> MonthsRelative { get; init; }
    public required FrozenSet<string> PastModifiers { get; init; }
    public required FrozenSet<string> NextModifiers { get; init; }
    public required FrozenSet<string> Night { get; init; }
    public required FrozenSet<string> Between { get; init; }
    public required FrozenSet<string> YearPrepositions { get; init; }
    public required IReadOnlyList<string[]> SameDay { get; init; }
    public required IReadOnlyList<(string[] Words, int Offset)> NarrativeDays { get; init; }
    public required FrozenDictionary<string, int> Numbers { get; init; }
    public required FrozenSet<string> DayUnits { get; init; }
    public required FrozenSet<string> Earlier { get; init; }
    public required FrozenSet<string> Later { get; init; }
    public IReadOnlyList<string[]> DaysAfter { get; init; } = [];
    public IReadOnlyList<string[]> ClauseOpeners { get; init; } = [];
    public FrozenSet<string> BackgroundAux { get; init; } = FrozenSet<string>.Empty;
    public IReadOnlyList<string[]> BackgroundMarkers { get; init; } = [];
    public IReadOnlyList<string> ParticipleEndings { get; init; } = [];
    public FrozenSet<string> ParticipleWords { get; init; } = FrozenSet<string>.Empty;
    public FrozenSet<string> Auxiliaries { get; init; } = FrozenSet<string>.Empty;

    /// <summary>First words of every relative phrase: a token not in here (and no number, month or weekday) starts no date.</summary>
    public FrozenSet<string> PhraseStarts => _phraseStarts ??= Days.Concat(Weeks).Concat(MonthsRelative).Concat(NarrativeDays).Select(p => p.Words[0])
        .Concat(SameDay.Select(w => w[0])).Concat(DaysAfter.Select(w => w[0])).Concat(Numbers.Keys).ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>? _phraseStarts;

    /// <summary>Day before month in numeric dates ("3/4/2025" is 3 April in Italian, March 4 in English).</summary>
    public bool DayFirst { get; init; }

    public static IReadOnlyDictionary<string, DateLexicon> LoadEmbedded()
    {
        var raw = EmbeddedLexicon.Read<Dictionary<string, DateLexiconFile>>("dates.yaml");
        return raw.ToDictionary(kv => kv.Key, kv => kv.Value.Build(kv.Key != "en"), StringComparer.Ordinal);
    }

    internal sealed class DateLexiconFile
    {
        public Dictionary<string, int> Months { get; set; } = [];
        public Dictionary<string, int> Weekdays { get; set; } = [];
        public Dictionary<string, int> Days { get; set; } = [];
        public Dictionary<string, int> Weeks { get; set; } = [];
        public Dictionary<string, int> MonthsRelative { get; set; } = [];
        public List<string> PastModifiers { get; set; } = [];
        public List<string> NextModifiers { get; set; } = [];
        public List<string> Night { get; set; } = [];
        public List<string> Between { get; set; } = [];
        public List<string> YearPrepositions { get; set; } = [];
        public List<string> SameDay { get; set; } = [];
        public Dictionary<string, int> NarrativeDays { get; set; } = [];
        public Dictionary<string, int> Numbers { get; set; } = [];
        public List<string> DayUnits { get; set; } = [];
        public List<string> Earlier { get; set; } = [];
        public List<string> Later { get; set; } = [];
        public List<string> DaysAfter { get; set; } = [];
        public List<string> ClauseOpeners { get; set; } = [];
        public List<string> BackgroundAux { get; set; } = [];
        public List<string> BackgroundMarkers { get; set; } = [];
        public List<string> ParticipleEndings { get; set; } = [];
        public List<string> ParticipleWords { get; set; } = [];
        public List<string> Auxiliaries { get; set; } = [];

        public DateLexicon Build(bool dayFirst) => new()
        {
            Months = Months.ToFrozenDictionary(StringComparer.Ordinal),
            Weekdays = Weekdays.ToFrozenDictionary(kv => kv.Key, kv => (DayOfWeek)kv.Value, StringComparer.Ordinal),
            Days = Phrases(Days),
            Weeks = Phrases(Weeks),
            MonthsRelative = Phrases(MonthsRelative),
            PastModifiers = PastModifiers.ToFrozenSet(StringComparer.Ordinal),
            NextModifiers = NextModifiers.ToFrozenSet(StringComparer.Ordinal),
            Night = Night.ToFrozenSet(StringComparer.Ordinal),
            Between = Between.ToFrozenSet(StringComparer.Ordinal),
            YearPrepositions = YearPrepositions.ToFrozenSet(StringComparer.Ordinal),
            SameDay = [.. SameDay.Select(SplitWords).OrderByDescending(w => w.Length)],
            NarrativeDays = Phrases(NarrativeDays),
            Numbers = Numbers.ToFrozenDictionary(StringComparer.Ordinal),
            DayUnits = DayUnits.ToFrozenSet(StringComparer.Ordinal),
            Earlier = Earlier.SelectMany(w => w.Split(' ')).ToFrozenSet(StringComparer.Ordinal),
            Later = Later.Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal),
            DaysAfter = [.. DaysAfter.Select(SplitWords).OrderByDescending(w => w.Length)],
            ClauseOpeners = [.. ClauseOpeners.Select(SplitWords).OrderByDescending(w => w.Length)],
            BackgroundAux = BackgroundAux.ToFrozenSet(StringComparer.Ordinal),
            BackgroundMarkers = [.. BackgroundMarkers.Select(SplitWords).OrderByDescending(w => w.Length)],
            ParticipleEndings = ParticipleEndings,
            ParticipleWords = ParticipleWords.ToFrozenSet(StringComparer.Ordinal),
            Auxiliaries = Auxiliaries.ToFrozenSet(StringComparer.Ordinal),
            DayFirst = dayFirst,
        };

        // Longest phrases first so "l'altro ieri" wins over "ieri".
        private static List<(string[] Words, int Offset)> Phrases(Dictionary<string, int> map) =>
            [.. map.Select(kv => (Words: SplitWords(kv.Key), Offset: kv.Value)).OrderByDescending(p => p.Words.Length)];
    }

    /// <summary>Splits a phrase the way the segmenter tokenizes it ("l'altro ieri" → "l'", "altro", "ieri").</summary>
    internal static string[] SplitWords(string phrase)
    {
        var tokens = Text.Segmenter.Tokenize(phrase, 0, phrase.Length);
        return [.. tokens.Select(t => t.Lower)];
    }
}
