using System.Globalization;
using System.Xml;
using Graph.Analysis.Actors;

namespace Graph.Analysis.Export;

/// <summary>
/// GEXF 1.3 (http://gexf.net/1.3), Gephi's own format: nodes carry kind, country and role; edges
/// carry the event type, Goldstein score, date, place and confidence, plus GEXF's native weight and
/// label. Symmetric events (a meeting) are "mutual" edges, GEXF's word for both ways at once;
/// unlike "undirected" inside a directed graph, networkx's reader accepts that too.
/// </summary>
public static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string Type)[] NodeAttributes = [("kind", "string"), ("country", "string"), ("role", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("type", "string"), ("weight", "double"), ("goldstein", "double"), ("date", "string"), ("place", "string"), ("confidence", "double")];

    public static void Write(ActorGraph graph, TextWriter output, DateOnly? modified = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");

        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", (modified ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteElementString("creator", Namespace, "graph");
        xml.WriteElementString("description", Namespace, "Actors and the events between them");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        Declare(xml, "node", NodeAttributes);
        Declare(xml, "edge", EdgeAttributes);

        xml.WriteStartElement("nodes", Namespace);
        foreach (var actor in graph.Actors)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(actor.Id));
            xml.WriteAttributeString("label", XmlText.Clean(actor.Name));
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "kind", actor.Kind.ToString());
            Value(xml, "country", actor.Country);
            Value(xml, "role", actor.Role);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        foreach (var edge in ExportEdge.From(graph))
        {
            var e = edge.Event;
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", edge.Index.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(e.Source.Id));
            xml.WriteAttributeString("target", XmlText.Clean(e.Target!.Id));
            if (!edge.Directed) xml.WriteAttributeString("type", "mutual");
            xml.WriteAttributeString("label", edge.Type);
            xml.WriteAttributeString("weight", ExportEdge.Number(edge.Weight));
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "type", edge.Type);
            Value(xml, "weight", ExportEdge.Number(edge.Weight));
            Value(xml, "goldstein", ExportEdge.Number(edge.Goldstein));
            Value(xml, "date", edge.Date);
            Value(xml, "place", e.Place);
            Value(xml, "confidence", ExportEdge.Number(e.Confidence));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string @class, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", @class);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string attribute, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
