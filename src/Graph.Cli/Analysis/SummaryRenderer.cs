using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Analysis.Actors;
using Graph.Analysis.Summary;
using Graph.Domain.Actors;
using Spectre.Console;

namespace Graph.Cli.Analysis;

/// <summary>Renders a <see cref="GraphSummary"/> as terminal tables, JSON or Markdown.</summary>
public static class SummaryRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteTables(GraphSummary summary, IAnsiConsole console, string storeDescription)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine($"{summary.ActorCount} actors, {summary.EventCount} events, {summary.PairCount} related pairs, {summary.ComponentCount} connected components (largest: {summary.LargestComponentSize} actors) in {storeDescription}.");
        console.WriteLine();
        var central = new Table().Border(TableBorder.Rounded).Title("Most central actors");
        central.AddColumn(new TableColumn("#").RightAligned());
        foreach (var ranking in summary.Rankings) central.AddColumn(Markup.Escape(ranking.Measure.Replace('-', ' ')));
        var rows = summary.Rankings.Max(r => r.Top.Count);
        for (var i = 0; i < rows; i++)
        {
            var cells = new List<string> { (i + 1).ToString(Inv) };
            foreach (var ranking in summary.Rankings)
            {
                cells.Add(i < ranking.Top.Count ? Markup.Escape($"{ranking.Top[i].Actor.Name} ({Score(ranking.Top[i].Score)})") : "");
            }
            central.AddRow(cells.ToArray());
        }
        console.Write(central);

        var communities = new Table().Border(TableBorder.Rounded)
            .Title($"Communities (Louvain, modularity {summary.Communities.Modularity.ToString("0.000", Inv)}, seed {summary.Communities.Seed})");
        communities.AddColumn(new TableColumn("#").RightAligned());
        communities.AddColumn(new TableColumn("size").RightAligned());
        communities.AddColumn("members (most active first)");
        for (var i = 0; i < summary.Communities.Communities.Count; i++)
        {
            var members = summary.Communities.Communities[i];
            communities.AddRow((i + 1).ToString(Inv), members.Count.ToString(Inv), Markup.Escape(Members(members, 12)));
        }
        if (summary.Communities.Communities.Count == 0) communities.AddRow("", "", "[grey]no community of two or more actors[/]");
        console.Write(communities);

        WritePairs(console, "Most active pairs", summary.MostActivePairs);
        WritePairs(console, "Most cooperative pairs (sum of positive Goldstein)", summary.MostCooperativePairs);
        WritePairs(console, "Most conflictual pairs (sum of |negative Goldstein|)", summary.MostConflictualPairs);
    }

    private static void WritePairs(IAnsiConsole console, string title, IReadOnlyList<ActorPair> pairs)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        table.AddColumn("actor");
        table.AddColumn("actor");
        table.AddColumn(new TableColumn("events").RightAligned());
        table.AddColumn(new TableColumn("cooperation").RightAligned());
        table.AddColumn(new TableColumn("conflict").RightAligned());
        table.AddColumn("types");
        foreach (var p in pairs)
        {
            table.AddRow(Markup.Escape(p.A.Name), Markup.Escape(p.B.Name), p.EventCount.ToString(Inv), Score(p.CooperationSum), Score(p.ConflictSum), Markup.Escape(Types(p)));
        }
        if (pairs.Count == 0) table.AddRow("[grey]none[/]", "", "", "", "", "");
        console.Write(table);
    }

    public static string ToMarkdown(GraphSummary summary, string storeDescription)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var md = new StringBuilder();
        md.Append("# Actor graph analysis\n\n");
        md.Append(Inv, $"{summary.ActorCount} actors, {summary.EventCount} events, {summary.PairCount} related pairs, {summary.ComponentCount} connected components (largest: {summary.LargestComponentSize} actors) in {Cell(storeDescription)}.\n\n");
        md.Append("## Most central actors\n\n");
        foreach (var ranking in summary.Rankings)
        {
            md.Append(Inv, $"### {ranking.Measure}: {ranking.Description}\n\n| # | actor | score |\n|---:|---|---:|\n");
            for (var i = 0; i < ranking.Top.Count; i++) md.Append(Inv, $"| {i + 1} | {Cell(ranking.Top[i].Actor.Name)} | {Score(ranking.Top[i].Score)} |\n");
            md.Append('\n');
        }
        md.Append(Inv, $"## Communities\n\nLouvain, modularity {summary.Communities.Modularity.ToString("0.000", Inv)} (seed {summary.Communities.Seed}).\n\n| # | size | members |\n|---:|---:|---|\n");
        for (var i = 0; i < summary.Communities.Communities.Count; i++)
        {
            var members = summary.Communities.Communities[i];
            md.Append(Inv, $"| {i + 1} | {members.Count} | {Cell(Members(members, int.MaxValue))} |\n");
        }
        md.Append('\n');
        PairsMarkdown(md, "Most active pairs", summary.MostActivePairs);
        PairsMarkdown(md, "Most cooperative pairs", summary.MostCooperativePairs);
        PairsMarkdown(md, "Most conflictual pairs", summary.MostConflictualPairs);
        return md.ToString();
    }

    private static void PairsMarkdown(StringBuilder md, string title, IReadOnlyList<ActorPair> pairs)
    {
        md.Append(Inv, $"## {title}\n\n");
        if (pairs.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }
        md.Append("| actor | actor | events | cooperation | conflict | types |\n|---|---|---:|---:|---:|---|\n");
        foreach (var p in pairs)
        {
            md.Append(Inv, $"| {Cell(p.A.Name)} | {Cell(p.B.Name)} | {p.EventCount} | {Score(p.CooperationSum)} | {Score(p.ConflictSum)} | {Cell(Types(p))} |\n");
        }
        md.Append('\n');
    }

    public static string ToJson(GraphSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("actors", summary.ActorCount);
            json.WriteNumber("events", summary.EventCount);
            json.WriteNumber("pairs", summary.PairCount);
            json.WriteNumber("components", summary.ComponentCount);
            json.WriteNumber("largestComponent", summary.LargestComponentSize);
            json.WriteStartObject("centrality");
            foreach (var ranking in summary.Rankings)
            {
                json.WriteStartArray(ranking.Measure);
                foreach (var r in ranking.Top)
                {
                    json.WriteStartObject();
                    WriteActor(json, r.Actor);
                    json.WriteNumber("score", r.Score);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartObject("communities");
            json.WriteNumber("modularity", summary.Communities.Modularity);
            json.WriteNumber("seed", summary.Communities.Seed);
            json.WriteStartArray("groups");
            foreach (var members in summary.Communities.Communities)
            {
                json.WriteStartArray();
                foreach (var a in members)
                {
                    json.WriteStartObject();
                    WriteActor(json, a);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            WritePairs(json, "mostActivePairs", summary.MostActivePairs);
            WritePairs(json, "mostCooperativePairs", summary.MostCooperativePairs);
            WritePairs(json, "mostConflictualPairs", summary.MostConflictualPairs);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePairs(Utf8JsonWriter json, string name, IReadOnlyList<ActorPair> pairs)
    {
        json.WriteStartArray(name);
        foreach (var p in pairs)
        {
            json.WriteStartObject();
            json.WriteStartObject("a");
            WriteActor(json, p.A);
            json.WriteEndObject();
            json.WriteStartObject("b");
            WriteActor(json, p.B);
            json.WriteEndObject();
            json.WriteNumber("events", p.EventCount);
            json.WriteNumber("cooperation", p.CooperationSum);
            json.WriteNumber("conflict", p.ConflictSum);
            json.WriteNumber("goldstein", p.GoldsteinSum);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        json.WriteString("id", actor.Id);
        json.WriteString("name", actor.Name);
        json.WriteString("kind", actor.Kind.ToString().ToLowerInvariant());
        if (actor.Country is not null) json.WriteString("country", actor.Country);
    }

    private static string Members(IReadOnlyList<Actor> members, int max) =>
        members.Count <= max
            ? string.Join(", ", members.Select(a => a.Name))
            : string.Join(", ", members.Take(max).Select(a => a.Name)) + $", … (+{members.Count - max})";

    private static string Types(ActorPair pair) =>
        string.Join(" ", pair.Events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Count() == 1 ? g.Key.ToString() : $"{g.Key}×{g.Count()}"));

    private static string Score(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e9 ? value.ToString("0", Inv) : value.ToString("0.####", Inv);

    /// <summary>A Markdown table cell: pipes escaped, line breaks flattened.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
