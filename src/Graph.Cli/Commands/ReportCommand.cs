using System.CommandLine;
using Graph.Cli.Analysis;
using Graph.Cli.Hosting;
using Graph.Cli.Output;
using Graph.Domain.Events;
using Graph.Reports;
using Graph.Reports.Common;
using Graph.Reports.Summary;
using Graph.Reports.Timeline;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph report timeline</c> and <c>graph report summary</c>: Markdown, self-contained HTML or JSON,
/// to stdout or to a file. An empty result says so on stderr, exits 0 and writes nothing.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("report", "Timeline and summary reports in Markdown, HTML (one self-contained file) or JSON.");
        command.Subcommands.Add(Timeline(context));
        command.Subcommands.Add(Summary(context));
        return command;
    }

    private static Command Timeline(CliContext context)
    {
        var actor = new Option<string>("--actor") { Description = "The actor: name, alias, id or a whole word of the name ('Putin' finds Vladimir Putin).", Required = true };
        var with = new Option<string?>("--with") { Description = "Only events between --actor and this actor; adds the cooperation–conflict line to HTML." };
        var (from, to) = DateOptions();
        var types = new Option<string[]>("--types", "--type") { Description = "Only these event types (MEET PHONE_CALL or MEET,PHONE_CALL).", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string?>("--format") { Description = "md, html or json (default: from the -o file's extension, else md)." };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (folders are created) instead of stdout." };
        var command = new Command("timeline", "The events of an actor, or of a pair, in date order grouped by month, each with its quoted source sentence.")
        {
            actor, with, from, to, types, format, output,
        };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var range = ReadRange(parse, from, to);
            var typeSet = GraphFilterOptions.ReadTypes(parse.GetValue(types), "--types");
            var file = parse.GetValue(output);
            var fmt = ResolveFormat(parse.GetValue(format), file, ["md", "html", "json"]);
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            var filter = new SnapshotFilter { From = range.From, To = range.To, Types = typeSet, IncludeUndated = range.From is null && range.To is null };
            var snapshot = await store.ReadSnapshotAsync(filter, token);

            var (main, mainHasEvents) = await ResolveAsync(store, snapshot, parse.GetValue(actor)!, "--actor", token);
            var (other, otherHasEvents) = parse.GetValue(with) is { } withName ? await ResolveAsync(store, snapshot, withName, "--with", token) : (null, true);
            if (other is not null && other.Id == main.Id) throw new CliUsageException($"--actor and --with both name {main.Name}; give two different actors.");
            if (!mainHasEvents || !otherHasEvents)
            {
                var who = other is null ? main.Name : $"{main.Name} and {other.Name}";
                return Empty(context, $"no events {(other is null ? "involving" : "between")} {who} in {store.Description}{Describe(range, typeSet)}");
            }

            var report = services.GetRequiredService<TimelineBuilder>().Build(snapshot, new TimelineQuery(main.Id, other?.Id, range.From, range.To, typeSet));
            if (report.IsEmpty)
            {
                var who = other is null ? main.Name : $"{main.Name} and {other.Name}";
                return Empty(context, $"no events {(other is null ? "involving" : "between")} {who} in {store.Description}{Describe(range, typeSet)}");
            }
            var text = fmt switch
            {
                "html" => TimelineHtmlWriter.Render(report),
                "json" => TimelineJson.Serialize(report) + "\n",
                _ => TimelineMarkdownWriter.Render(report),
            };
            return await WriteAsync(context, text, file, $"timeline of {report.Actor.Name}{(report.With is null ? "" : " and " + report.With.Name)} ({report.EventCount} events)", token);
        }, ct, configure: b => b.Services.AddGraphReports()));
        return command;
    }

    private static Command Summary(CliContext context)
    {
        var (from, to) = DateOptions();
        var top = new Option<int>("--top") { Description = "How many pairs and actors to list.", DefaultValueFactory = _ => 10 };
        var format = new Option<string?>("--format") { Description = "md or html (default: from the -o file's extension, else md)." };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (folders are created) instead of stdout." };
        var command = new Command("summary", "Counts by type and by month, the most active pairs and the most involved actors.") { from, to, top, format, output };
        command.SetAction((parse, ct) => context.RunAsync(parse, async (services, token) =>
        {
            var range = ReadRange(parse, from, to);
            if (parse.GetValue(top) < 1) throw new CliUsageException("--top must be at least 1.");
            var file = parse.GetValue(output);
            var fmt = ResolveFormat(parse.GetValue(format), file, ["md", "html"]);
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(token);
            var snapshot = await store.ReadSnapshotAsync(new SnapshotFilter { From = range.From, To = range.To, IncludeUndated = range.From is null && range.To is null }, token);
            var report = services.GetRequiredService<SummaryBuilder>().Build(snapshot, range.From, range.To, parse.GetValue(top));
            if (report.IsEmpty) return Empty(context, $"no events in {store.Description}{Describe(range, new HashSet<EventType>())}");
            var text = fmt == "html" ? SummaryHtmlWriter.Render(report) : SummaryMarkdownWriter.Render(report);
            return await WriteAsync(context, text, file, $"summary of {report.Events} events", token);
        }, ct, configure: b => b.Services.AddGraphReports()));
        return command;
    }

    private static (Option<DateOnly?> From, Option<DateOnly?> To) DateOptions() =>
        (new Option<DateOnly?>("--from") { Description = "Only events that may have happened on or after this day (YYYY-MM-DD); drops undated events." },
         new Option<DateOnly?>("--to") { Description = "Only events that may have happened on or before this day (YYYY-MM-DD); drops undated events." });

    private static (DateOnly? From, DateOnly? To) ReadRange(ParseResult parse, Option<DateOnly?> from, Option<DateOnly?> to)
    {
        var range = (From: parse.GetValue(from), To: parse.GetValue(to));
        GraphFilterOptions.CheckRange(range.From, range.To);
        return range;
    }

    private static string ResolveFormat(string? format, FileInfo? file, string[] allowed)
    {
        if (format is not null) return format;
        var ext = file?.Extension.TrimStart('.').ToLowerInvariant();
        var guess = ext switch { "htm" or "html" => "html", "json" => "json", "md" or "markdown" => "md", _ => null };
        return guess is not null && allowed.Contains(guess) ? guess : "md";
    }

    /// <summary>
    /// Resolves a typed name among the snapshot's actors; when the filtered snapshot lacks it, looks in the
    /// whole store so that "no events in that range" and "no such actor" get different answers.
    /// </summary>
    private static async Task<(Domain.Actors.Actor Actor, bool InSnapshot)> ResolveAsync(IGraphStore store, GraphSnapshot snapshot, string name, string option, CancellationToken token)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new CliUsageException($"{option}: give a name, an alias or an id.");
        var found = ActorResolution.Resolve(snapshot.Actors, name);
        if (found.Actor is { } actor) return (actor, true);
        if (found.IsAmbiguous) throw new CliUsageException($"{option}: {found.Problem}");
        var everywhere = ActorResolution.Resolve((await store.ReadSnapshotAsync(SnapshotFilter.All, token)).Actors, name);
        return everywhere.Actor is { } known ? (known, false) : throw new CliUsageException($"{option}: {everywhere.Problem}");
    }

    private static string Describe((DateOnly? From, DateOnly? To) range, IReadOnlySet<EventType> types)
    {
        var parts = new List<string>();
        if (DateText.Range(range.From, range.To) is { } r) parts.Add(r);
        if (types.Count > 0) parts.Add("of type " + string.Join(", ", types.Order()));
        return parts.Count == 0 ? string.Empty : " (" + string.Join("; ", parts) + ")";
    }

    private static int Empty(CliContext context, string message)
    {
        context.Console.Error.WriteLine($"graph: {message}; nothing written.");
        return ExitCodes.Ok;
    }

    private static async Task<int> WriteAsync(CliContext context, string text, FileInfo? file, string what, CancellationToken token)
    {
        if (file is null)
        {
            await context.Console.Out.WriteAsync(text.AsMemory(), token);
            await context.Console.Out.FlushAsync(token);
            return ExitCodes.Ok;
        }
        await OutputFile.WriteAsync(file.FullName, createFolder: true, (writer, ct) => writer.WriteAsync(text.AsMemory(), ct), token);
        await context.Console.Error.WriteLineAsync($"graph: wrote the {what} to {file.FullName}");
        return ExitCodes.Ok;
    }
}
