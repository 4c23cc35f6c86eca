using System.CommandLine;
using System.Globalization;
using Graph.Analysis.Actors;
using Graph.Analysis.Paths;
using Graph.Cli.Analysis;
using Graph.Cli.Hosting;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph path A B</c>: how two actors are connected, hop by hop, with the events on each hop.</summary>
public static class PathCommand
{
    /// <param name="Weighted">Cheapest path where a hop costs 1 / (events between the pair): well-documented ties are short.</param>
    /// <param name="Directed">Follow events only from source to target (symmetric events go both ways).</param>
    internal sealed record PathRequest(string From, string To, bool Weighted, bool Directed, int EventsPerHop = 5);

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = new Argument<string>("A") { Description = "The first actor (name, alias, id or a word of the name: 'Putin')." };
        var to = new Argument<string>("B") { Description = "The second actor." };
        var weighted = new Option<bool>("--weighted") { Description = "Cheapest path: a hop costs 1/(number of events between the pair), so well-documented relations are preferred." };
        var directed = new Option<bool>("--directed") { Description = "Follow events from source to target only (a meeting counts both ways)." };
        var filters = new GraphFilterOptions();
        var command = new Command("path", "The shortest chain of relations between two actors, with the events that link each hop.") { from, to, weighted, directed };
        filters.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var filter = filters.Read(parse);
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            var request = new PathRequest(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(weighted), parse.GetValue(directed));
            return await ExecuteAsync(store, filter, request, context.Console, token);
        }, ct));
        return command;
    }

    internal static async Task<int> ExecuteAsync(IGraphStore store, SnapshotFilter filter, PathRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadSnapshotAsync(filter, cancellationToken);
        var graph = ActorGraph.FromSnapshot(snapshot, filter);
        if (graph.IsEmpty)
        {
            await console.Error.WriteLineAsync($"graph: no events in {store.Description}{GraphFilterOptions.Describe(filter)}; no path to look for.");
            return ExitCodes.Ok;
        }
        var known = snapshot.Actors.Concat(graph.Actors).DistinctBy(a => a.Id).ToList();
        var a = ActorResolver.Resolve(known, request.From);
        var b = ActorResolver.Resolve(known, request.To);
        var ia = graph.IndexOf(a.Id);
        var ib = graph.IndexOf(b.Id);
        if (ia < 0 || ib < 0)
        {
            var missing = ia < 0 ? a : b;
            await console.Error.WriteLineAsync($"graph: {missing.Name} has no events with another actor{GraphFilterOptions.Describe(filter)}, so no path links {a.Name} and {b.Name}.");
            return ExitCodes.Ok;
        }
        if (ia == ib)
        {
            await console.Out.WriteLineAsync($"{a.Name} and {request.To} are the same actor.");
            return ExitCodes.Ok;
        }

        var g = request.Directed ? graph.Directed() : graph.Undirected();
        var direction = request.Directed ? EdgeDirection.Out : EdgeDirection.Both;
        var path = request.Weighted
            ? ShortestPath.Cheapest(g.MapWeights(events => 1.0 / events), ia, ib, direction)
            : ShortestPath.Shortest(g, ia, ib, direction);
        if (path is null)
        {
            var how = request.Directed ? "following events from source to target" : "through any chain of events";
            await console.Error.WriteLineAsync($"graph: no path from {a.Name} to {b.Name} {how}{GraphFilterOptions.Describe(filter)}.");
            return ExitCodes.Ok;
        }

        var names = path.Vertices.Select(v => graph.Actors[v].Name);
        var cost = request.Weighted ? string.Create(CultureInfo.InvariantCulture, $", cost {path.Length:0.###}") : "";
        await console.Out.WriteLineAsync($"{string.Join(" → ", names)}  ({path.Hops} hop{(path.Hops == 1 ? "" : "s")}{cost})");
        for (var i = 0; i + 1 < path.Vertices.Count; i++)
        {
            var u = path.Vertices[i];
            var v = path.Vertices[i + 1];
            var events = graph.EventsBetween(u, v);
            await console.Out.WriteLineAsync();
            await console.Out.WriteLineAsync($"{i + 1}. {graph.Actors[u].Name} — {graph.Actors[v].Name}: {events.Count} event{(events.Count == 1 ? "" : "s")}");
            foreach (var e in events.Take(request.EventsPerHop)) await console.Out.WriteLineAsync("   " + Describe(e));
            if (events.Count > request.EventsPerHop) await console.Out.WriteLineAsync($"   … and {events.Count - request.EventsPerHop} more");
        }
        return ExitCodes.Ok;
    }

    private static string Describe(Event e)
    {
        var date = e.Date.Iso ?? "undated";
        var target = e.Target is null ? "" : " " + e.Target.Name;
        var place = e.Place is null ? "" : $" in {e.Place}";
        var alleged = e.Alleged ? " (alleged)" : "";
        var sentence = e.Mentions.IsDefaultOrEmpty ? "" : $" — “{Shorten(e.Mentions[0].Sentence, 140)}”";
        return $"{date,-10}  {e.Source.Name} {e.Type}{target}{place}{alleged}{sentence}";
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
