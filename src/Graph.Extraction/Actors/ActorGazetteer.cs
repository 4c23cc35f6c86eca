using Graph.Domain.Actors;
using Graph.Extraction.Catalog;

namespace Graph.Extraction.Actors;

internal enum CaseRule
{
    /// <summary>Any case: multi-word names and lower-case words ("Casa Bianca", "russo").</summary>
    Any,

    /// <summary>The text must start with a capital: single capitalised names ("Turkey", not "turkey").</summary>
    Capitalized,

    /// <summary>The text must be all capitals: short acronyms ("UN", not the Italian article "Un").</summary>
    Upper,
}

/// <summary>A word sequence of the catalogue and what it stands for.</summary>
internal sealed record NameEntry(CatalogEntry Entry, ActorMentionKind Kind, CaseRule Case, bool Ambiguous, string Alias);

/// <summary>Everything the recognizer precomputes at load: the name trie, the title trie and the word classes.</summary>
internal sealed class ActorGazetteer
{
    public ActorGazetteer(ActorCatalog catalog, ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(lexicon);
        Catalog = catalog;
        Lexicon = lexicon;
        Vocabulary = new Vocabulary();
        Vocabulary.AddAll(lexicon.Elisions.Select(e => e + "'"), WordClass.Elision);
        Splitter = new UnitSplitter(Vocabulary);
        // Insertion order is priority order on a shared key: names, then metonyms, capitals, demonyms.
        foreach (var e in catalog.Entries)
        {
            AddName(e, e.Name, ActorMentionKind.Name);
            foreach (var alias in e.Aliases.Values.SelectMany(a => a)) AddName(e, alias, ActorMentionKind.Name);
        }
        foreach (var e in catalog.Entries)
        {
            foreach (var m in e.Metonyms.Values.SelectMany(a => a)) AddName(e, m, ActorMentionKind.Metonym);
        }
        foreach (var e in catalog.Entries)
        {
            foreach (var c in e.Capitals) AddName(e, c, ActorMentionKind.Capital);
        }
        foreach (var e in catalog.Entries)
        {
            foreach (var d in e.Demonyms.Values.SelectMany(a => a)) AddName(e, d, ActorMentionKind.Demonym);
        }
        foreach (var e in catalog.Entries.Where(e => e.Kind == ActorKind.Person))
        {
            // "Kim Jong Un" is "Kim" on second mention, not "Un".
            var familyFirst = e.Actor.Country is { } c && lexicon.FamilyNameFirst.Contains(c);
            Surnames[e.Id] = [.. new[] { e.Name }.Concat(e.Aliases.Values.SelectMany(a => a))
                .Select(n => Splitter.Split(n).Where(u => u.IsWord).Select(u => u.Key))
                .Select(words => familyFirst ? words.FirstOrDefault() : words.LastOrDefault())
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)];
        }
        foreach (var (id, forms) in lexicon.ShortNames)
        {
            if (catalog.FindById(id) is null) continue;
            foreach (var form in forms)
            {
                var keys = Splitter.Keys(form);
                if (keys.Length == 1) ShortNames[keys[0]] = id;
            }
        }
        foreach (var t in lexicon.Titles)
        {
            var keys = Splitter.Keys(t.Phrase);
            Titles.Add(keys, t);
            Vocabulary.Add(keys[0], WordClass.TitleStart);
            Vocabulary.AddAll(keys, WordClass.None);
        }
        Vocabulary.AddAll(lexicon.NotNames, WordClass.NotName);
        Vocabulary.AddAll(lexicon.Determiners, WordClass.Determiner);
        Vocabulary.AddAll(lexicon.PluralDeterminers, WordClass.PluralDeterminer);
        Vocabulary.AddAll(lexicon.DefiniteDeterminers, WordClass.DefiniteDeterminer);
        Vocabulary.AddAll(lexicon.TitleBlockers, WordClass.TitleBlocker);
        Vocabulary.AddAll(lexicon.NameParticles, WordClass.NameParticle);
        Vocabulary.AddAll(lexicon.Connectors.SelectMany(c => Splitter.Keys(c)), WordClass.None);
        Vocabulary.AddAll(lexicon.Connectors.Select(c => Splitter.Keys(c)[0]), WordClass.Connector);
        Connectors = [.. lexicon.Connectors.Select(c => Splitter.Keys(c))];
    }

    public ActorCatalog Catalog { get; }

    public ActorLexicon Lexicon { get; }

    public UnitSplitter Splitter { get; }

    public UnitTrie<NameEntry> Names { get; } = new();

    public UnitTrie<TitleEntry> Titles { get; } = new();

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<string[]> Connectors { get; }

    /// <summary>Folded short form ("commissione") → the organisation id it refers back to once named in full.</summary>
    public Dictionary<string, string> ShortNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Per catalogue person, the last word of each of their names: what a later surname-only mention looks like.</summary>
    public Dictionary<string, string[]> Surnames { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<(string Id, string Key, ActorMentionKind Kind, CaseRule Case)> _seen = [];

    private void AddName(CatalogEntry entry, string text, ActorMentionKind kind)
    {
        var units = Splitter.Split(text);
        if (units.Count == 0) return;
        var keys = units.Select(u => u.Key).ToArray();
        var words = units.Count(u => u.IsWord);
        var first = units[0];
        var letters = text.Count(char.IsLetter);
        CaseRule rule;
        if (first.IsAllUpper && letters <= 3) rule = CaseRule.Upper;
        else if (words == 1 && first.IsCapitalized) rule = CaseRule.Capitalized;
        else rule = CaseRule.Any;
        // "UE" and "Ue" fold alike but match differently: keep one value per case rule.
        if (!_seen.Add((entry.Id, string.Join(' ', keys), kind, rule))) return;
        var ambiguous = words == 1 && Lexicon.AmbiguousNames.Contains(first.Key);
        Names.Add(keys, new NameEntry(entry, kind, rule, ambiguous, text));
        Vocabulary.Add(keys[0], WordClass.NameStart);
        Vocabulary.AddAll(keys, WordClass.None);
    }
}
