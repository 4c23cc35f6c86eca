using System.CommandLine;
using System.Globalization;
using Graph.Cli.Hosting;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Graph.Storage.Abstractions;

namespace Graph.Cli.Analysis;

/// <summary>The snapshot filter options shared by analyze, path and export: --from, --to, --types, --kinds.</summary>
public sealed class GraphFilterOptions
{
    public Option<DateOnly?> From { get; } = new("--from") { Description = "Only events on or after this date (YYYY-MM-DD); undated events are then left out." };

    public Option<DateOnly?> To { get; } = new("--to") { Description = "Only events on or before this date (YYYY-MM-DD); undated events are then left out." };

    public Option<string[]> Types { get; } = new("--types", "--type")
    {
        Description = "Only these event types, e.g. --types MEET PHONE_CALL (or comma-separated).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Kinds { get; } = new("--kinds", "--kind")
    {
        Description = "Only events whose both ends are of these actor kinds: person, state, organization, group.",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Types);
        command.Options.Add(Kinds);
    }

    /// <summary>Builds the filter; unknown type or kind names are a usage error that lists the known ones.</summary>
    public SnapshotFilter Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var from = parse.GetValue(From);
        var to = parse.GetValue(To);
        CheckRange(from, to);
        var types = ReadTypes(parse.GetValue(Types), "--types");
        var kinds = new HashSet<ActorKind>();
        foreach (var text in Split(parse.GetValue(Kinds)))
        {
            if (int.TryParse(text, out _) || !Enum.TryParse<ActorKind>(text, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new CliUsageException($"--kinds {text}: unknown actor kind; known kinds: {string.Join(", ", Enum.GetNames<ActorKind>().Select(n => n.ToLowerInvariant()))}.");
            }
            kinds.Add(kind);
        }
        return new SnapshotFilter
        {
            From = from,
            To = to,
            IncludeUndated = from is null && to is null,
            Types = types,
            ActorKinds = kinds,
        };
    }

    /// <summary>A range that ends before it starts would silently match nothing: a usage error instead.</summary>
    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw new CliUsageException($"--from {Iso(f)} is after --to {Iso(t)}.");
        }
    }

    /// <summary>Event type names, space- or comma-separated; an unknown one is a usage error that lists the known ones.</summary>
    public static HashSet<EventType> ReadTypes(IEnumerable<string>? values, string option)
    {
        var types = new HashSet<EventType>();
        foreach (var text in Split(values))
        {
            if (!EventTypes.TryParse(text, out var type))
            {
                throw new CliUsageException($"{option} {text}: unknown event type; known types: {string.Join(", ", Enum.GetNames<EventType>())}.");
            }
            types.Add(type);
        }
        return types;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>"between 2025-01-01 and 2025-12-31, types MEET" — for "nothing matches" messages.</summary>
    public static string Describe(SnapshotFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string>();
        if (filter.From is { } from) parts.Add("from " + Iso(from));
        if (filter.To is { } to) parts.Add("to " + Iso(to));
        if (filter.Types.Count > 0) parts.Add("types " + string.Join(", ", filter.Types.Order()));
        if (filter.ActorKinds.Count > 0) parts.Add("kinds " + string.Join(", ", filter.ActorKinds.Order()).ToLowerInvariant());
        return parts.Count == 0 ? "" : " (" + string.Join("; ", parts) + ")";
    }
}
