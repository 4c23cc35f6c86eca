using Graph.Domain.Events;
using Spectre.Console;

namespace Graph.Cli.Output;

/// <summary>The human view of events: one row per event, newest information first within the order given.</summary>
public static class EventTable
{
    public static Table Create(bool withFile, bool explain)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (withFile) table.AddColumn("file");
        table.AddColumn("date");
        table.AddColumn("source");
        table.AddColumn("type");
        table.AddColumn("target");
        table.AddColumn("place");
        table.AddColumn(new TableColumn("conf").RightAligned());
        table.AddColumn("sentence");
        if (explain) table.AddColumn("why");
        return table;
    }

    public static void AddRow(Table table, Event e, string? file, bool explain)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(e);
        var cells = new List<string>();
        if (file is not null) cells.Add(Markup.Escape(Path.GetFileName(file)));
        cells.Add(e.Date.Iso ?? "[grey]?[/]");
        cells.Add(Markup.Escape(e.Source.Name));
        cells.Add(e.Alleged ? $"{e.Type} [grey](alleged)[/]" : e.Type.ToString());
        cells.Add(e.Target is null ? "[grey]-[/]" : Markup.Escape(e.Target.Name));
        cells.Add(Markup.Escape(e.Place ?? ""));
        cells.Add(e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var sentence = e.Mentions.IsDefaultOrEmpty ? "" : e.Mentions[0].Sentence;
        cells.Add(Markup.Escape(Shorten(sentence, 90)));
        if (explain)
        {
            cells.Add(e.Evidence is { } why
                ? Markup.Escape($"cue “{why.Cue}”, rule {why.Rule}" + (why.Resolutions.IsDefaultOrEmpty ? "" : "; " + string.Join("; ", why.Resolutions)))
                : "");
        }
        table.AddRow(cells.ToArray());
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
