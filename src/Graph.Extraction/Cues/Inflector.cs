namespace Graph.Extraction.Cues;

/// <summary>
/// Generates the forms of a verb from its lemma and conjugation class, plus the irregular stems a
/// lexicon lists, so cue files name "incontrare" once rather than every form.
/// </summary>
public static class Inflector
{
    // Third persons, infinitives, participles and gerunds: first and second persons would collide with
    // nouns ("l'incontro", "l'attacco") and news prose reports third parties.
    private static readonly (string Ending, VerbForm Form)[] Are =
    [
        ("a", VerbForm.Present), ("ano", VerbForm.Present), ("iamo", VerbForm.Present),
        ("ava", VerbForm.Imperfect), ("avano", VerbForm.Imperfect),
        ("ò", VerbForm.Past), ("arono", VerbForm.Past),
        ("erà", VerbForm.Future), ("eranno", VerbForm.Future), ("eremo", VerbForm.Future),
        ("erebbe", VerbForm.Conditional), ("erebbero", VerbForm.Conditional),
        ("i", VerbForm.Subjunctive), ("ino", VerbForm.Subjunctive), ("asse", VerbForm.Subjunctive), ("assero", VerbForm.Subjunctive),
        ("ato", VerbForm.Participle), ("ata", VerbForm.Participle), ("ati", VerbForm.Participle), ("ate", VerbForm.Participle),
        ("ando", VerbForm.Gerund), ("andolo", VerbForm.Gerund), ("andola", VerbForm.Gerund), ("andosi", VerbForm.Gerund),
        ("are", VerbForm.Infinitive), ("arlo", VerbForm.Infinitive), ("arla", VerbForm.Infinitive), ("arli", VerbForm.Infinitive), ("arle", VerbForm.Infinitive), ("arsi", VerbForm.Infinitive),
    ];

    private static readonly (string Ending, VerbForm Form)[] Ere =
    [
        ("e", VerbForm.Present), ("ono", VerbForm.Present), ("iamo", VerbForm.Present),
        ("eva", VerbForm.Imperfect), ("evano", VerbForm.Imperfect),
        ("é", VerbForm.Past), ("ette", VerbForm.Past), ("erono", VerbForm.Past), ("ettero", VerbForm.Past),
        ("erà", VerbForm.Future), ("eranno", VerbForm.Future),
        ("erebbe", VerbForm.Conditional), ("erebbero", VerbForm.Conditional),
        ("a", VerbForm.Subjunctive), ("ano", VerbForm.Subjunctive), ("esse", VerbForm.Subjunctive), ("essero", VerbForm.Subjunctive),
        ("uto", VerbForm.Participle), ("uta", VerbForm.Participle), ("uti", VerbForm.Participle), ("ute", VerbForm.Participle),
        ("endo", VerbForm.Gerund), ("endolo", VerbForm.Gerund),
        ("ere", VerbForm.Infinitive), ("erlo", VerbForm.Infinitive), ("erla", VerbForm.Infinitive), ("erli", VerbForm.Infinitive), ("ersi", VerbForm.Infinitive),
    ];

    private static readonly (string Ending, VerbForm Form)[] Ire =
    [
        ("e", VerbForm.Present), ("ono", VerbForm.Present), ("isce", VerbForm.Present), ("iscono", VerbForm.Present), ("iamo", VerbForm.Present),
        ("iva", VerbForm.Imperfect), ("ivano", VerbForm.Imperfect),
        ("ì", VerbForm.Past), ("irono", VerbForm.Past),
        ("irà", VerbForm.Future), ("iranno", VerbForm.Future),
        ("irebbe", VerbForm.Conditional), ("irebbero", VerbForm.Conditional),
        ("a", VerbForm.Subjunctive), ("ano", VerbForm.Subjunctive), ("isca", VerbForm.Subjunctive), ("iscano", VerbForm.Subjunctive), ("isse", VerbForm.Subjunctive), ("issero", VerbForm.Subjunctive),
        ("ito", VerbForm.Participle), ("ita", VerbForm.Participle), ("iti", VerbForm.Participle), ("ite", VerbForm.Participle),
        ("endo", VerbForm.Gerund),
        ("ire", VerbForm.Infinitive), ("irlo", VerbForm.Infinitive), ("irla", VerbForm.Infinitive), ("irli", VerbForm.Infinitive), ("irsi", VerbForm.Infinitive),
    ];

    public static Dictionary<string, VerbForm> Italian(string lemma, IReadOnlyDictionary<string, string>? irregular = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        var forms = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        var baseLemma = lemma;
        // Pronominal verbs ("schierarsi") conjugate like their base ("schierare"); "si" is read from the context.
        if (lemma.EndsWith("arsi", StringComparison.Ordinal) || lemma.EndsWith("ersi", StringComparison.Ordinal) || lemma.EndsWith("irsi", StringComparison.Ordinal))
        {
            baseLemma = lemma[..^2] + "e";
            Add(forms, lemma, VerbForm.Infinitive);
        }
        var stem = baseLemma.Length > 3 ? baseLemma[..^3] : null;
        var table = baseLemma.EndsWith("are", StringComparison.Ordinal) ? Are
            : baseLemma.EndsWith("ere", StringComparison.Ordinal) ? Ere
            : baseLemma.EndsWith("ire", StringComparison.Ordinal) ? Ire
            : null;
        if (stem is not null && table is not null)
        {
            foreach (var (ending, form) in table)
            {
                Add(forms, table == Are ? JoinAre(stem, ending) : stem + ending, form);
            }
        }
        if (irregular is not null)
        {
            foreach (var (slot, words) in irregular)
            {
                var form = SlotForm(slot);
                foreach (var w in Split(words))
                {
                    if (slot == "pp")
                    {
                        foreach (var e in new[] { "o", "a", "i", "e" }) forms[w + e] = VerbForm.Participle;
                    }
                    else
                    {
                        forms[w] = form;
                    }
                }
            }
        }
        return forms;
    }

    public static Dictionary<string, VerbForm> English(string lemma, IReadOnlyDictionary<string, string>? irregular = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lemma);
        var forms = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        Add(forms, lemma, VerbForm.Present | VerbForm.Infinitive);
        var consonantY = lemma.Length > 1 && lemma[^1] == 'y' && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal);
        var third = consonantY ? lemma[..^1] + "ies"
            : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith('o') ? lemma + "es"
            : lemma + "s";
        Add(forms, third, VerbForm.Present);
        var past = consonantY ? lemma[..^1] + "ied" : lemma.EndsWith('e') ? lemma + "d" : lemma + "ed";
        var gerund = lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing" : lemma.EndsWith('e') && lemma.Length > 2 ? lemma[..^1] + "ing" : lemma + "ing";
        var hasPast = irregular?.ContainsKey("past") == true;
        if (!hasPast)
        {
            Add(forms, past, VerbForm.Past | VerbForm.Participle);
        }
        if (irregular?.ContainsKey("gerund") != true)
        {
            Add(forms, gerund, VerbForm.Gerund);
        }
        if (irregular is not null)
        {
            foreach (var (slot, words) in irregular)
            {
                foreach (var w in Split(words))
                {
                    var form = slot == "pp" ? VerbForm.Participle : SlotForm(slot);
                    forms[w] = forms.TryGetValue(w, out var existing) ? existing | form : form;
                }
            }
        }
        return forms;
    }

    private static VerbForm SlotForm(string slot) => slot switch
    {
        "present" => VerbForm.Present,
        "past" => VerbForm.Past,
        "imperfect" => VerbForm.Imperfect,
        "future" => VerbForm.Future,
        "conditional" => VerbForm.Conditional,
        "subjunctive" => VerbForm.Subjunctive,
        "infinitive" => VerbForm.Infinitive,
        "gerund" => VerbForm.Gerund,
        "pp" => VerbForm.Participle,
        _ => throw new InvalidOperationException($"Unknown verb slot '{slot}' (expected present, past, imperfect, future, conditional, subjunctive, infinitive, gerund or pp)."),
    };

    private static string JoinAre(string stem, string ending)
    {
        if (ending.Length > 0 && ending[0] is 'i' or 'e')
        {
            if (stem.EndsWith('c') || stem.EndsWith('g')) return stem + "h" + ending;
            if (stem.EndsWith('i') && stem.Length > 1 && ending[0] != 'e' || stem.EndsWith("ci", StringComparison.Ordinal) || stem.EndsWith("gi", StringComparison.Ordinal)) return stem[..^1] + ending;
        }
        return stem + ending;
    }

    private static void Add(Dictionary<string, VerbForm> forms, string word, VerbForm form) =>
        forms[word] = forms.TryGetValue(word, out var existing) ? existing | form : form;

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
