using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Extraction.Actors;

/// <summary>A title that names a person by role ("ministro degli Esteri", "Kremlin spokesman" is "spokesman" + a qualifier).</summary>
/// <param name="Role">Role code when about a state or unqualified.</param>
/// <param name="OrgRole">Role code when qualified by an organisation; null keeps <paramref name="Role"/>.</param>
/// <param name="Country">Scope implied when the text names none (ISO3).</param>
/// <param name="Org">Organisation id implied when the text names none.</param>
/// <param name="NeedsQualifier">Too common alone to refer back to anyone.</param>
internal sealed record TitleEntry(string Phrase, string Role, string? OrgRole, string? Country, string? Org, bool NeedsQualifier);

/// <summary>The title and word lists of Lexicons/actors, loaded from the embedded YAML.</summary>
internal sealed class ActorLexicon
{
    private const string Prefix = "Graph.Lexicons.";

    public required IReadOnlyList<TitleEntry> Titles { get; init; }
    public required IReadOnlySet<string> Determiners { get; init; }
    public required IReadOnlySet<string> PluralDeterminers { get; init; }
    public required IReadOnlySet<string> DefiniteDeterminers { get; init; }
    public required IReadOnlySet<string> TitleBlockers { get; init; }
    public required IReadOnlyList<string> Connectors { get; init; }
    public required IReadOnlySet<string> Elisions { get; init; }
    public required IReadOnlySet<string> NameParticles { get; init; }
    public required IReadOnlySet<string> NotNames { get; init; }
    public required IReadOnlySet<string> AmbiguousNames { get; init; }
    public required IReadOnlySet<string> GovernmentLed { get; init; }

    /// <summary>ISO3 codes of countries whose people are named family name first.</summary>
    public required IReadOnlySet<string> FamilyNameFirst { get; init; }

    /// <summary>Organisation id → the capitalised short forms that refer back to it once it was named in full.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ShortNames { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> RoleFamilies { get; init; }

    /// <summary>Folded institution name ("pentagono") → the office its head holds (defence_minister).</summary>
    public required IReadOnlyDictionary<string, string> InstitutionRoles { get; init; }

    /// <summary>The roles a title's role code stands for when referring back ("leader" is a head of state or government).</summary>
    public IReadOnlyList<string> Family(string role) => RoleFamilies.TryGetValue(role, out var f) ? f : [role];

    public static ActorLexicon LoadBuiltIn()
    {
        var assembly = typeof(ActorLexicon).Assembly;
        var titles = Read<TitlesFile>(assembly, "titles.yaml");
        var words = Read<WordsFile>(assembly, "words.yaml");
        var all = titles.Titles.SelectMany(p => p.Value).Select(t => new TitleEntry(
            t.Phrase ?? throw new InvalidOperationException("Lexicons/actors/titles.yaml: a title has no phrase."),
            t.Role ?? throw new InvalidOperationException($"Lexicons/actors/titles.yaml: '{t.Phrase}' has no role."),
            t.OrgRole, t.Country, t.Org, t.NeedsQualifier)).ToList();
        return new ActorLexicon
        {
            Titles = all,
            Determiners = FoldSet(words.Determiners.Values.SelectMany(v => v)),
            PluralDeterminers = FoldSet(words.PluralDeterminers.Values.SelectMany(v => v)),
            DefiniteDeterminers = FoldSet(words.DefiniteDeterminers.Values.SelectMany(v => v)),
            TitleBlockers = FoldSet(words.TitleBlockers.Values.SelectMany(v => v)),
            Connectors = [.. words.Connectors.Values.SelectMany(v => v).Select(TextFold.Fold).Distinct()],
            Elisions = FoldSet(words.Elisions.Values.SelectMany(v => v)),
            NameParticles = FoldSet(words.NameParticles),
            NotNames = FoldSet(words.NotNames),
            AmbiguousNames = FoldSet(words.AmbiguousNames),
            FamilyNameFirst = words.FamilyNameFirst.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
            ShortNames = words.ShortNames.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            GovernmentLed = titles.GovernmentLed.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
            RoleFamilies = titles.RoleFamilies.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            InstitutionRoles = titles.InstitutionRoles.ToDictionary(p => TextFold.Fold(p.Key), p => p.Value, StringComparer.Ordinal),
        };
    }

    private static HashSet<string> FoldSet(IEnumerable<string> words) =>
        words.Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal);

    private static T Read<T>(System.Reflection.Assembly assembly, string file)
    {
        // The resource name keeps the folder ("Graph.Lexicons.actors/titles.yaml" or with a dot on some SDKs).
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.StartsWith(Prefix, StringComparison.Ordinal)
            && (n.Replace('\\', '/').EndsWith("actors/" + file, StringComparison.Ordinal) || n.EndsWith("actors." + file, StringComparison.Ordinal)))
            ?? throw new InvalidOperationException($"Lexicon Lexicons/actors/{file} is missing from the assembly.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(reader);
        }
        catch (YamlException ex)
        {
            throw new InvalidOperationException($"Lexicon Lexicons/actors/{file}, line {ex.Start.Line}: {ex.Message}", ex);
        }
    }

    private sealed class TitlesFile
    {
        public Dictionary<string, List<TitleDto>> Titles { get; set; } = [];
        public List<string> GovernmentLed { get; set; } = [];
        public Dictionary<string, List<string>> RoleFamilies { get; set; } = [];
        public Dictionary<string, string> InstitutionRoles { get; set; } = [];
    }

    private sealed class TitleDto
    {
        public string? Phrase { get; set; }
        public string? Role { get; set; }
        public string? OrgRole { get; set; }
        public string? Country { get; set; }
        public string? Org { get; set; }
        public bool NeedsQualifier { get; set; }
    }

    private sealed class WordsFile
    {
        public Dictionary<string, List<string>> Determiners { get; set; } = [];
        public Dictionary<string, List<string>> PluralDeterminers { get; set; } = [];
        public Dictionary<string, List<string>> DefiniteDeterminers { get; set; } = [];
        public Dictionary<string, List<string>> TitleBlockers { get; set; } = [];
        public Dictionary<string, List<string>> Connectors { get; set; } = [];
        public Dictionary<string, List<string>> Elisions { get; set; } = [];
        public List<string> NameParticles { get; set; } = [];
        public List<string> NotNames { get; set; } = [];
        public List<string> AmbiguousNames { get; set; } = [];
        public List<string> FamilyNameFirst { get; set; } = [];
        public Dictionary<string, List<string>> ShortNames { get; set; } = [];
    }
}
