using System.CommandLine;
using Graph.Analysis.Actors;
using Graph.Analysis.Summary;
using Graph.Cli.Analysis;
using Graph.Cli.Hosting;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph analyze</c>: who matters, who clusters with whom, and which relations are busiest, warmest and most hostile.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filters = new GraphFilterOptions();
        var top = new Option<int>("--top") { Description = "How many actors per measure and pairs per list.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed for the Louvain communities (same store and seed, same communities).", DefaultValueFactory = _ => 42 };
        var format = new Option<string>("--format") { Description = "table, json or md.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "md");
        var command = new Command("analyze", "Central actors (degree, weighted degree, PageRank, betweenness, closeness), communities, and the most active, cooperative and conflictual pairs.");
        filters.AddTo(command);
        command.Options.Add(top);
        command.Options.Add(seed);
        command.Options.Add(format);
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var filter = filters.Read(parse);
            if (parse.GetValue(top) < 1) throw new CliUsageException("--top must be at least 1.");
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            return await ExecuteAsync(store, filter, new AnalyzeOptions(parse.GetValue(top), parse.GetValue(seed)), parse.GetValue(format)!, context.Console, token);
        }, ct));
        return command;
    }

    internal static async Task<int> ExecuteAsync(IGraphStore store, SnapshotFilter filter, AnalyzeOptions options, string format, CliConsole console, CancellationToken cancellationToken)
    {
        var graph = await ActorGraph.LoadAsync(store, filter, cancellationToken);
        if (graph.Pairs.Count == 0)
        {
            var what = graph.IsEmpty ? "no events" : "no events between two actors";
            await console.Error.WriteLineAsync($"graph: {what} in {store.Description}{GraphFilterOptions.Describe(filter)}; nothing to analyze.");
            return ExitCodes.Ok;
        }
        var summary = GraphAnalyzer.Analyze(graph, options, cancellationToken);
        switch (format)
        {
            case "json":
                await console.Out.WriteLineAsync(SummaryRenderer.ToJson(summary));
                break;
            case "md":
                await console.Out.WriteAsync(SummaryRenderer.ToMarkdown(summary, store.Description));
                break;
            default:
                SummaryRenderer.WriteTables(summary, console.Ansi, store.Description);
                break;
        }
        return ExitCodes.Ok;
    }
}
