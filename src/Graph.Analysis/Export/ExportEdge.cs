using System.Globalization;
using Graph.Analysis.Actors;
using Graph.Domain.Events;

namespace Graph.Analysis.Export;

/// <summary>
/// One exported edge: one event between two actors. Symmetric types (a meeting) are undirected
/// edges; the others run source → target. Weight is 1 per event, so tools that merge parallel edges
/// (Gephi does by default) show the event count.
/// </summary>
internal sealed record ExportEdge(int Index, Event Event)
{
    public bool Directed => !Event.Info.Symmetric;

    public string Type => Event.Type.ToString();

    public double Weight => 1.0;

    public double Goldstein => Event.Info.Goldstein;

    public string Date => Event.Date.Iso ?? string.Empty;

    public static IReadOnlyList<ExportEdge> From(ActorGraph graph) =>
        [.. graph.Events
            .Where(e => e.Target is not null)
            .OrderBy(e => e.Date).ThenBy(e => e.Source.Id, StringComparer.Ordinal).ThenBy(e => e.Type).ThenBy(e => e.Target!.Id, StringComparer.Ordinal)
            .Select((e, i) => new ExportEdge(i, e))];

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
