using System.CommandLine;
using Graph.Analysis.Actors;
using Graph.Analysis.Export;
using Graph.Analysis.Paths;
using Graph.Cli.Analysis;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph export</c>: the actor graph for Gephi (GEXF), yEd (GraphML), Graphviz (DOT) or a spreadsheet (CSV).</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = new Option<string?>("--format") { Description = "graphml (yEd), gexf (Gephi), csv (edge list) or dot (Graphviz). Default: from the -o extension, else graphml." };
        format.AcceptOnlyFromAmong("graphml", "gexf", "csv", "dot");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (default: standard output). Nothing is written when no event matches." };
        var around = new Option<string?>("--around") { Description = "Only this actor's neighbourhood (name, alias or id): the actors within --hops of it and the events among them." };
        var hops = new Option<int>("--hops") { Description = "How far --around reaches, in hops through events of either direction.", DefaultValueFactory = _ => 1 };
        var filters = new GraphFilterOptions();
        var command = new Command("export", "Export actors (nodes) and events (edges) with their attributes for graph tools.") { format, output, around, hops };
        filters.AddTo(command);
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var filter = filters.Read(parse);
            var file = parse.GetValue(output);
            var chosen = ChooseFormat(parse.GetValue(format), file);
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            if (parse.GetValue(hops) < 0) throw new CliUsageException("--hops cannot be negative.");
            var ego = parse.GetValue(around) is { } name ? new EgoRequest(name, parse.GetValue(hops)) : null;
            return await ExecuteAsync(store, filter, chosen, file?.FullName, context.Console, token, ego);
        }, ct));
        return command;
    }

    internal static GraphExportFormat ChooseFormat(string? format, FileInfo? file)
    {
        var name = format ?? file?.Extension.TrimStart('.').ToLowerInvariant() switch
        {
            "gexf" => "gexf",
            "csv" => "csv",
            "dot" or "gv" => "dot",
            _ => "graphml",
        };
        return name switch
        {
            "gexf" => GraphExportFormat.Gexf,
            "csv" => GraphExportFormat.Csv,
            "dot" => GraphExportFormat.Dot,
            _ => GraphExportFormat.GraphMl,
        };
    }

    internal sealed record EgoRequest(string Actor, int Hops);

    internal static async Task<int> ExecuteAsync(IGraphStore store, SnapshotFilter filter, GraphExportFormat format, string? path, CliConsole console, CancellationToken cancellationToken, EgoRequest? ego = null)
    {
        var graph = await ActorGraph.LoadAsync(store, filter, cancellationToken);
        if (ego is not null && !graph.IsEmpty)
        {
            var center = ActorResolver.Resolve(graph.Actors, ego.Actor);
            var neighbourhood = EgoNetwork.Compute(graph.Directed(), graph.IndexOf(center.Id), ego.Hops);
            graph = graph.Restrict(neighbourhood.Vertices);
        }
        var edges = graph.Events.Count(e => e.Target is not null);
        if (graph.IsEmpty)
        {
            await console.Error.WriteLineAsync($"graph: no events in {store.Description}{GraphFilterOptions.Describe(filter)}; nothing exported{(path is null ? "" : $", {path} not written")}.");
            return ExitCodes.Ok;
        }
        if (path is null)
        {
            GraphExporter.Write(graph, format, console.Out);
            await console.Out.FlushAsync(cancellationToken);
            return ExitCodes.Ok;
        }

        await OutputFile.WriteAsync(path, createFolder: false, (writer, _) =>
        {
            GraphExporter.Write(graph, format, writer);
            return Task.CompletedTask;
        }, cancellationToken);
        await console.Error.WriteLineAsync($"graph: wrote {graph.VertexCount} actors and {edges} events as {format.ToString().ToLowerInvariant()} to {path}.");
        return ExitCodes.Ok;
    }
}
