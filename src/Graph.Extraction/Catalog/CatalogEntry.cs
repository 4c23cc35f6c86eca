using Graph.Domain.Actors;

namespace Graph.Extraction.Catalog;

/// <summary>One actor of the catalogue after every file has been merged: its names, the words that stand for it, and (for people) its dated roles.</summary>
/// <param name="Aliases">Other names, per language ("" when the file gave no language).</param>
/// <param name="Capitals">The capital's names in every language (states only).</param>
/// <param name="Metonyms">Institutions and buildings that stand for the actor ("Cremlino", "Casa Bianca").</param>
/// <param name="Demonyms">Nationality adjectives and nouns in every form ("russo", "russa", "Russian").</param>
/// <param name="Source">Where the entry was first declared ("states.yaml:12"), for error messages and --explain.</param>
public sealed record CatalogEntry(
    Actor Actor,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases,
    IReadOnlyList<string> Capitals,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Metonyms,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Demonyms,
    IReadOnlyList<CatalogRole> Roles,
    string? PartOf,
    string Source)
{
    public string Id => Actor.Id;

    public string Name => Actor.Name;

    public ActorKind Kind => Actor.Kind;

    /// <summary>The roles held on <paramref name="day"/>; without a day, the roles still held (no end date).</summary>
    public IEnumerable<CatalogRole> RolesOn(DateOnly? day) =>
        Roles.Where(r => day is { } d ? r.Covers(d) : r.To is null);
}

/// <summary>A date-bounded role: head_of_state of RUS from 2012-05-07, org_head of nato from 2024-10-01.</summary>
/// <param name="Role">A role code of docs/actor-catalogue.md (head_of_state, foreign_minister, org_head, ...).</param>
/// <param name="Scope">The state's ISO3 code or the organisation's id the role belongs to.</param>
/// <param name="To">Exclusive end: on this day someone else holds the role; null while still in office.</param>
public sealed record CatalogRole(string Role, string? Scope, string? Title, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly day) => (From is null || From <= day) && (To is null || day < To);
}
