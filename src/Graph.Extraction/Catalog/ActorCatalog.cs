using Graph.Domain.Actors;

namespace Graph.Extraction.Catalog;

/// <summary>The merged actor catalogue: every entry, looked up by id, by state code, and by who held a role on a day.</summary>
public sealed class ActorCatalog
{
    private readonly Dictionary<string, CatalogEntry> _byId;
    private readonly Dictionary<string, CatalogEntry> _stateByIso3;
    private readonly Dictionary<(string Role, string Scope), List<(CatalogEntry Person, CatalogRole Role)>> _holders;

    public ActorCatalog(IReadOnlyList<CatalogEntry> entries, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        Warnings = warnings ?? [];
        _byId = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        _stateByIso3 = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        _holders = [];
        foreach (var e in entries)
        {
            _byId.TryAdd(e.Id, e);
            if (e.Kind == ActorKind.State && e.Actor.Country is { } iso) _stateByIso3.TryAdd(iso, e);
            foreach (var r in e.Roles)
            {
                if (r.Scope is null) continue;
                if (!_holders.TryGetValue((r.Role, r.Scope), out var list)) _holders[(r.Role, r.Scope)] = list = [];
                list.Add((e, r));
            }
        }
    }

    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Fields the loader did not know and skipped, one line each, for the log.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public IEnumerable<Actor> Actors => Entries.Select(e => e.Actor);

    public CatalogEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    public CatalogEntry? FindState(string iso3) => _stateByIso3.GetValueOrDefault(iso3);

    /// <summary>
    /// Who held <paramref name="role"/> of <paramref name="scope"/> (ISO3 or organisation id) on <paramref name="day"/>;
    /// null when nobody or more than one person did, because a title must never be guessed.
    /// </summary>
    public (CatalogEntry Person, CatalogRole Role)? HolderOn(string role, string scope, DateOnly day)
    {
        if (!_holders.TryGetValue((role, scope), out var list)) return null;
        (CatalogEntry, CatalogRole)? found = null;
        foreach (var (person, r) in list)
        {
            if (!r.Covers(day)) continue;
            if (found is { } f && !ReferenceEquals(f.Item1, person)) return null;
            found = (person, r);
        }
        return found;
    }
}
