using System.Globalization;
using System.Reflection;
using Graph.Domain.Actors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Catalog;

/// <summary>
/// Reads the built-in catalogue (embedded YAML) and the user's files, in that order; an entry whose id or name
/// already exists extends the earlier one. Any problem is a <see cref="CatalogException"/> naming file and line.
/// </summary>
public static class ActorCatalogLoader
{
    private const string ResourcePrefix = "Graph.Catalog.";

    // Built-in files load in this order so that states claim shared words ("Georgia") before people do.
    private static readonly string[] BuiltInOrder = ["states", "organizations", "groups", "people"];

    private static readonly HashSet<string> EntryKeys =
    [
        "name", "id", "iso3", "country", "aliases", "capital", "capital_aliases", "metonyms", "demonyms", "part_of", "roles",
    ];

    /// <summary>The built-in catalogue followed by <paramref name="userFiles"/>.</summary>
    public static ActorCatalog Load(IEnumerable<string> userFiles)
    {
        ArgumentNullException.ThrowIfNull(userFiles);
        var sources = new List<(string Name, string Text)>();
        var assembly = typeof(ActorCatalogLoader).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => BuiltInRank(n))
            .ThenBy(n => n, StringComparer.Ordinal);
        foreach (var name in names)
        {
            sources.Add((name[ResourcePrefix.Length..], ReadResource(assembly, name)));
        }
        foreach (var file in userFiles)
        {
            if (string.IsNullOrWhiteSpace(file)) continue;
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new CatalogException($"Actor catalogue {file}: cannot be read ({ex.Message}).", ex);
            }
            sources.Add((file, text));
        }
        return LoadFrom(sources);
    }

    /// <summary>Merges the given YAML texts, in order; <c>Name</c> is what error messages call each text.</summary>
    public static ActorCatalog LoadFrom(IEnumerable<(string Name, string Text)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builders = new Dictionary<string, EntryBuilder>(StringComparer.Ordinal);
        var order = new List<EntryBuilder>();
        var warnings = new List<string>();
        foreach (var (name, text) in sources)
        {
            foreach (var parsed in Parse(name, text, warnings))
            {
                if (builders.TryGetValue(parsed.Id, out var existing))
                {
                    if (existing.Kind != parsed.Kind)
                    {
                        throw CatalogException.At(name, parsed.Line,
                            $"'{parsed.Name}' (id {parsed.Id}) is a {parsed.Kind} here but a {existing.Kind} in {existing.Source}; give one of them a different id.");
                    }
                    existing.Extend(parsed);
                }
                else
                {
                    builders.Add(parsed.Id, parsed);
                    order.Add(parsed);
                }
            }
        }
        return new ActorCatalog([.. order.Select(b => b.Build())], warnings);
    }

    private static int BuiltInRank(string resource)
    {
        var file = resource[ResourcePrefix.Length..^".yaml".Length];
        var index = Array.IndexOf(BuiltInOrder, file);
        return index < 0 ? BuiltInOrder.Length : index;
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new CatalogException($"Built-in actor catalogue {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<EntryBuilder> Parse(string file, string text, List<string> warnings)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw CatalogException.At(file, ex.Start.Line, $"not valid YAML: {Innermost(ex).Message}");
        }
        var result = new List<EntryBuilder>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" or "~" or "null" }) continue;
            if (document.RootNode is not YamlMappingNode root)
            {
                throw CatalogException.At(file, document.RootNode.Start.Line,
                    "expected a mapping with the lists 'states', 'organizations', 'groups' or 'people' at the top.");
            }
            foreach (var (keyNode, value) in root.Children)
            {
                var key = Scalar(file, keyNode);
                var kind = key switch
                {
                    "states" => ActorKind.State,
                    "organizations" or "organisations" => ActorKind.Organization,
                    "groups" => ActorKind.Group,
                    "people" => ActorKind.Person,
                    _ => throw CatalogException.At(file, keyNode.Start.Line,
                        $"unknown list '{key}'; expected 'states', 'organizations', 'groups' or 'people'."),
                };
                if (IsNull(value)) continue;
                if (value is not YamlSequenceNode list)
                {
                    throw CatalogException.At(file, value.Start.Line, $"'{key}' must be a list of entries (each starting with '- name: ...').");
                }
                foreach (var item in list)
                {
                    result.Add(ParseEntry(file, kind, item, warnings));
                }
            }
        }
        return result;
    }

    private static EntryBuilder ParseEntry(string file, ActorKind kind, YamlNode node, List<string> warnings)
    {
        if (node is not YamlMappingNode map)
        {
            throw CatalogException.At(file, node.Start.Line, "each entry must be a mapping with at least 'name: ...'.");
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(file, k);
            if (!EntryKeys.Contains(key))
            {
                warnings.Add($"Actor catalogue {file}, line {k.Start.Line}: unknown field '{key}' ignored.");
                continue;
            }
            fields[key] = v;
        }
        var name = OptionalScalar(file, fields, "name")
            ?? throw CatalogException.At(file, map.Start.Line, "entry has no 'name'.");
        var id = OptionalScalar(file, fields, "id") ?? Actor.Slug(name);
        if (id.Length == 0) throw CatalogException.At(file, map.Start.Line, $"the name '{name}' gives an empty id; add an 'id'.");
        var line = map.Start.Line;
        var builder = new EntryBuilder(id, name, kind, $"{file}:{line}", line);

        var iso3 = OptionalScalar(file, fields, "iso3");
        var country = OptionalScalar(file, fields, "country");
        if (kind == ActorKind.State)
        {
            if (iso3 is not null) builder.Country = Iso3(file, fields["iso3"], iso3);
            else if (country is not null) builder.Country = Iso3(file, fields["country"], country);
        }
        else if (country is not null)
        {
            builder.Country = Iso3(file, fields["country"], country);
        }
        builder.PartOf = OptionalScalar(file, fields, "part_of");

        if (fields.TryGetValue("aliases", out var aliases)) ReadLocalized(file, aliases, builder.Aliases, "aliases");
        if (fields.TryGetValue("metonyms", out var metonyms)) ReadLocalized(file, metonyms, builder.Metonyms, "metonyms");
        if (fields.TryGetValue("demonyms", out var demonyms)) ReadLocalized(file, demonyms, builder.Demonyms, "demonyms");
        if (fields.TryGetValue("capital", out var capital)) ReadFlat(file, capital, builder.Capitals, "capital");
        if (fields.TryGetValue("capital_aliases", out var capitalAliases)) ReadFlat(file, capitalAliases, builder.Capitals, "capital_aliases");
        if (fields.TryGetValue("roles", out var roles) && !IsNull(roles))
        {
            if (roles is not YamlSequenceNode roleList)
            {
                throw CatalogException.At(file, roles.Start.Line, "'roles' must be a list of '- role: ...' entries.");
            }
            foreach (var roleNode in roleList) builder.Roles.Add(ParseRole(file, roleNode));
        }
        return builder;
    }

    private static CatalogRole ParseRole(string file, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw CatalogException.At(file, node.Start.Line, "each role must be a mapping such as '{ role: head_of_state, country: RUS, from: 2012-05-07 }'.");
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children) fields[Scalar(file, k)] = v;
        var role = OptionalScalar(file, fields, "role")
            ?? throw CatalogException.At(file, map.Start.Line, "role has no 'role' code (e.g. head_of_state).");
        var country = OptionalScalar(file, fields, "country");
        var org = OptionalScalar(file, fields, "org");
        string? scope = country is not null ? Iso3(file, fields["country"], country) : org is null ? null : Actor.Slug(org);
        var from = Date(file, fields, "from", end: false);
        var to = Date(file, fields, "to", end: true);
        if (from is not null && to is not null && to < from)
        {
            throw CatalogException.At(file, map.Start.Line, $"role '{role}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }
        return new CatalogRole(role, scope, OptionalScalar(file, fields, "title"), from, to);
    }

    private static DateOnly? Date(string file, Dictionary<string, YamlNode> fields, string key, bool end)
    {
        var text = OptionalScalar(file, fields, key);
        if (text is null) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw CatalogException.At(file, fields[key].Start.Line, $"'{key}: {text}' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY).");
        }
        var day = DateOnly.FromDateTime(parsed);
        // A month or year given as an end means "until the end of it".
        if (end && text.Length == 7) day = day.AddMonths(1);
        else if (end && text.Length == 4) day = day.AddYears(1);
        return day;
    }

    private static string Iso3(string file, YamlNode node, string value)
    {
        if (value.Length != 3 || !value.All(char.IsAsciiLetter))
        {
            throw CatalogException.At(file, node.Start.Line, $"'{value}' is not an ISO 3166 alpha-3 country code (e.g. RUS).");
        }
        return value.ToUpperInvariant();
    }

    private static void ReadLocalized(string file, YamlNode node, Dictionary<string, List<string>> into, string what)
    {
        if (IsNull(node)) return;
        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                var lang = Scalar(file, k).ToLowerInvariant();
                var list = new List<string>();
                ReadFlat(file, v, list, what);
                Add(into, lang, list);
            }
            return;
        }
        var flat = new List<string>();
        ReadFlat(file, node, flat, what);
        Add(into, "", flat);
    }

    private static void ReadFlat(string file, YamlNode node, List<string> into, string what)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return;
            case YamlScalarNode scalar:
                into.Add(scalar.Value!.Trim());
                return;
            case YamlSequenceNode seq:
                foreach (var item in seq)
                {
                    if (item is not YamlScalarNode s) throw CatalogException.At(file, item.Start.Line, $"'{what}' must hold plain names.");
                    if (!IsNull(s)) into.Add(s.Value!.Trim());
                }
                return;
            case YamlMappingNode map:
                // e.g. capital: { en: Moscow, it: Mosca }
                foreach (var (_, v) in map.Children) ReadFlat(file, v, into, what);
                return;
            default:
                throw CatalogException.At(file, node.Start.Line, $"'{what}' must be a name, a list of names or a per-language mapping.");
        }
    }

    private static void Add(Dictionary<string, List<string>> into, string lang, List<string> names)
    {
        if (!into.TryGetValue(lang, out var list)) into[lang] = list = [];
        foreach (var n in names)
        {
            if (n.Length > 0 && !list.Contains(n, StringComparer.Ordinal)) list.Add(n);
        }
    }

    private static string? OptionalScalar(string file, Dictionary<string, YamlNode> fields, string key)
    {
        if (!fields.TryGetValue(key, out var node) || IsNull(node)) return null;
        if (node is not YamlScalarNode scalar)
        {
            throw CatalogException.At(file, node.Start.Line, $"'{key}' must be a single value.");
        }
        var value = scalar.Value!.Trim();
        return value.Length == 0 ? null : value;
    }

    private static string Scalar(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v.Trim() : throw CatalogException.At(file, node.Start.Line, "expected a plain key.");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner && inner is YamlException ? Innermost(inner) : ex;

    private sealed class EntryBuilder(string id, string name, ActorKind kind, string source, long line)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public ActorKind Kind { get; } = kind;
        public string Source { get; } = source;
        public long Line { get; } = line;
        public string? Country { get; set; }
        public string? PartOf { get; set; }
        public Dictionary<string, List<string>> Aliases { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> Metonyms { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> Demonyms { get; } = new(StringComparer.Ordinal);
        public List<string> Capitals { get; } = [];
        public List<CatalogRole> Roles { get; } = [];

        public void Extend(EntryBuilder other)
        {
            if (other.Country is not null) Country = other.Country;
            if (other.PartOf is not null) PartOf = other.PartOf;
            // A later file naming the entry differently (by id) keeps its spelling findable.
            if (!string.Equals(other.Name, Name, StringComparison.Ordinal)) Add(Aliases, "", [other.Name]);
            foreach (var (lang, list) in other.Aliases) Add(Aliases, lang, list);
            foreach (var (lang, list) in other.Metonyms) Add(Metonyms, lang, list);
            foreach (var (lang, list) in other.Demonyms) Add(Demonyms, lang, list);
            foreach (var c in other.Capitals) if (!Capitals.Contains(c, StringComparer.Ordinal)) Capitals.Add(c);
            Roles.AddRange(other.Roles);
        }

        public CatalogEntry Build()
        {
            var allAliases = Aliases.Values.SelectMany(v => v)
                .Where(a => !string.Equals(a, Name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal);
            var actor = new Actor(Id, Name, Kind, Country, [.. allAliases]);
            return new CatalogEntry(
                actor,
                Freeze(Aliases),
                [.. Capitals],
                Freeze(Metonyms),
                Freeze(Demonyms),
                [.. Roles],
                PartOf is null ? null : Actor.Slug(PartOf),
                Source);
        }

        private static Dictionary<string, IReadOnlyList<string>> Freeze(Dictionary<string, List<string>> source) =>
            source.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal);
    }
}
