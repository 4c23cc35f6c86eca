
namespace Graph.Domain.Actors;

/// <summary>Finds actors by what a user types: id, name, alias, or a whole word of the name ("Putin").</summary>
public static class ActorLookup
{
    public static IReadOnlyList<Actor> Find(IEnumerable<Actor> actors, string query)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var q = Fold(query);
        var all = actors.ToList();
        var exact = all.Where(a => a.Id == Actor.Slug(query) || Fold(a.Name) == q || a.Aliases.Any(x => Fold(x) == q)).ToList();
        if (exact.Count > 0) return exact;
        return all.Where(a => (" " + Fold(a.Name) + " ").Contains(" " + q + " ", StringComparison.Ordinal)
                           || a.Aliases.Any(x => (" " + Fold(x) + " ").Contains(" " + q + " ", StringComparison.Ordinal))).ToList();
    }

    private static string Fold(string text) => Actor.Slug(text).Replace('-', ' ');
}
