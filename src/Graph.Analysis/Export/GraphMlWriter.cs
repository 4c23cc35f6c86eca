using System.Xml;
using Graph.Analysis.Actors;

namespace Graph.Analysis.Export;

/// <summary>
/// GraphML (http://graphml.graphdrawing.org/xmlns) with a &lt;key&gt; for every attribute, which is
/// what yEd needs to offer them in its properties mapper. Node ids are actor ids. Every edge
/// runs source → target as reported; symmetric types say so in a <c>symmetric</c> key rather than
/// with <c>directed="false"</c>, which networkx and other readers refuse inside a directed graph.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("country", "node", "country", "string"),
        ("role", "node", "role", "string"),
        ("type", "edge", "type", "string"),
        ("symmetric", "edge", "symmetric", "boolean"),
        ("weight", "edge", "weight", "double"),
        ("goldstein", "edge", "goldstein", "double"),
        ("date", "edge", "date", "string"),
        ("place", "edge", "place", "string"),
        ("confidence", "edge", "confidence", "double"),
    ];

    public static void Write(ActorGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, @for, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", @for);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "actors");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var actor in graph.Actors)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(actor.Id));
            Data(xml, "label", actor.Name);
            Data(xml, "kind", actor.Kind.ToString());
            Data(xml, "country", actor.Country);
            Data(xml, "role", actor.Role);
            xml.WriteEndElement();
        }
        foreach (var edge in ExportEdge.From(graph))
        {
            var e = edge.Event;
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + edge.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(e.Source.Id));
            xml.WriteAttributeString("target", XmlText.Clean(e.Target!.Id));
            Data(xml, "type", edge.Type);
            Data(xml, "symmetric", edge.Directed ? "false" : "true");
            Data(xml, "weight", ExportEdge.Number(edge.Weight));
            Data(xml, "goldstein", ExportEdge.Number(edge.Goldstein));
            Data(xml, "date", edge.Date);
            Data(xml, "place", e.Place);
            Data(xml, "confidence", ExportEdge.Number(e.Confidence));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
