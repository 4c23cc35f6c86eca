using System.CommandLine;
using Graph.Cli.Analysis;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary><c>graph events</c>: what the store holds, in date order.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor at either end (name, alias or id; 'Putin' finds Vladimir Putin)." };
        var from = new Option<DateOnly?>("--from") { Description = "Only events on or after this date (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Only events on or before this date (YYYY-MM-DD)." };
        var type = new Option<string[]>("--type") { Description = "Only these event types (MEET PHONE_CALL or MEET,PHONE_CALL).", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("events", "List the events in the store.") { actor, from, to, type, format };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            GraphFilterOptions.CheckRange(parse.GetValue(from), parse.GetValue(to));
            var types = GraphFilterOptions.ReadTypes(parse.GetValue(type), "--type");
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            var filter = new SnapshotFilter { From = parse.GetValue(from), To = parse.GetValue(to), Types = types, IncludeUndated = parse.GetValue(from) is null && parse.GetValue(to) is null };
            var snapshot = await store.ReadSnapshotAsync(filter, token);
            IEnumerable<Event> events = snapshot.Events;
            if (parse.GetValue(actor) is { } name)
            {
                var matches = ActorLookup.Find(snapshot.Actors, name);
                if (matches.Count == 0)
                {
                    await context.Console.Error.WriteLineAsync($"graph: no actor in the store matches '{name}'.");
                    return ExitCodes.Ok;
                }
                var ids = matches.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                events = events.Where(e => ids.Contains(e.Source.Id) || (e.Target is not null && ids.Contains(e.Target.Id)));
            }
            var ordered = events.OrderBy(e => e.Date).ThenBy(e => e.Source.Name, StringComparer.Ordinal).ToList();
            if (ordered.Count == 0)
            {
                await context.Console.Error.WriteLineAsync($"graph: no events in {store.Description} match.");
                return ExitCodes.Ok;
            }
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var e in ordered)
                {
                    var mention = e.Mentions.IsDefaultOrEmpty ? null : e.Mentions[0];
                    var file = mention is null ? null : snapshot.FindArticle(mention.ArticleId)?.File;
                    await context.Console.Out.WriteLineAsync(EventJsonWriter.ToJsonLine(e, file, mention?.ArticleId ?? "", explain: false));
                }
            }
            else
            {
                var table = EventTable.Create(withFile: false, explain: false);
                foreach (var e in ordered) EventTable.AddRow(table, e, null, explain: false);
                context.Console.Ansi.Write(table);
                await context.Console.Out.WriteLineAsync($"{ordered.Count} events in {store.Description}.");
            }
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
