using Graph.Domain.Actors;

namespace Graph.Reports.Common;

/// <summary>What a name typed by the user stands for among the stored actors.</summary>
public sealed record ActorResolution(string Query, Actor? Actor, IReadOnlyList<Actor> Candidates)
{
    public bool IsFound => Actor is not null;

    public bool IsAmbiguous => Actor is null && Candidates.Count > 1;

    public bool IsUnknown => Candidates.Count == 0;

    /// <summary>Resolves through <see cref="ActorLookup"/>: id, name, alias, then a whole word of the name ("Putin").</summary>
    public static ActorResolution Resolve(IEnumerable<Actor> actors, string query)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var found = ActorLookup.Find(actors, query).DistinctBy(a => a.Id).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        return new(query, found.Count == 1 ? found[0] : null, found);
    }

    /// <summary>The message a user sees when the name does not pick out exactly one actor.</summary>
    public string Problem => Candidates.Count switch
    {
        0 => $"no actor matches '{Query}'. Try a full name, an alias or an id (graph events lists who is stored).",
        1 => string.Empty,
        _ => $"'{Query}' matches {Candidates.Count} actors: "
             + string.Join("; ", Candidates.Select(a => $"{a.Name} (id {a.Id}, {a.Kind.ToString().ToLowerInvariant()})"))
             + ". Give the full name or the id.",
    };
}
