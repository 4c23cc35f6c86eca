using Graph.Cli.Hosting;
using Graph.Domain.Actors;

namespace Graph.Cli.Analysis;

public static class ActorResolver
{
    /// <summary>One actor for what the user typed ("Putin"); none or several is a usage error naming the candidates.</summary>
    public static Actor Resolve(IReadOnlyList<Actor> actors, string query)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (string.IsNullOrWhiteSpace(query)) throw new CliUsageException("an actor name cannot be empty.");
        var matches = ActorLookup.Find(actors, query);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new CliUsageException($"no actor in the store matches '{query}'. Try part of the name, an alias or the id ('graph events' lists what is stored)."),
            _ => throw new CliUsageException($"'{query}' matches {matches.Count} actors: {string.Join(", ", matches.Take(8).Select(m => $"{m.Name} ({m.Id})"))}{(matches.Count > 8 ? ", …" : "")}. Use the full name or the id."),
        };
    }
}
