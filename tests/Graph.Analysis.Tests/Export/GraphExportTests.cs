using System.Xml.Linq;
using Graph.Analysis.Actors;
using Graph.Analysis.Export;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Shouldly;
using Xunit;
using static Graph.Analysis.Tests.SampleGraphs;

namespace Graph.Analysis.Tests.Export;

public sealed class GraphExportTests
{
    private static readonly Actor Odd = Actor.Create("The \"Quoted\" <Party> & Sons\\", ActorKind.Group, "ITA");

    private static ActorGraph Sample() => ActorGraph.FromSnapshot(Snapshot());

    private static string Export(ActorGraph graph, GraphExportFormat format)
    {
        using var writer = new StringWriter();
        GraphExporter.Write(graph, format, writer);
        return writer.ToString();
    }

    [Fact]
    public void GraphMl_declares_its_keys_and_holds_every_actor_and_event()
    {
        var doc = XDocument.Parse(Export(Sample(), GraphExportFormat.GraphMl));
        XNamespace ns = GraphMlWriter.Namespace;
        doc.Root!.Name.ShouldBe(ns + "graphml");
        var keys = doc.Root.Elements(ns + "key").ToDictionary(k => (string)k.Attribute("id")!);
        foreach (var name in new[] { "label", "kind", "country" }) ((string)keys[name].Attribute("for")!).ShouldBe("node");
        foreach (var name in new[] { "type", "weight", "goldstein", "date" }) ((string)keys[name].Attribute("for")!).ShouldBe("edge");
        ((string)keys["goldstein"].Attribute("attr.type")!).ShouldBe("double");

        var graph = doc.Root.Element(ns + "graph")!;
        graph.Elements(ns + "node").Count().ShouldBe(5);
        // Putin's criticism of NATO has no date but is an edge; every event has a target here.
        graph.Elements(ns + "edge").Count().ShouldBe(8);
        var putin = graph.Elements(ns + "node").Single(n => (string)n.Attribute("id")! == Putin.Id);
        putin.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "country").Value.ShouldBe("RUS");
        var meeting = graph.Elements(ns + "edge").First(e => e.Elements(ns + "data").Any(d => d.Value == "MEET"));
        meeting.Elements(ns + "data").Single(d => (string)d.Attribute("key")! == "symmetric").Value.ShouldBe("true");
        var keysUsed = graph.Descendants(ns + "data").Select(d => (string)d.Attribute("key")!).Distinct();
        keysUsed.ShouldAllBe(k => keys.ContainsKey(k));
    }

    [Fact]
    public void Gexf_is_version_1_3_with_node_and_edge_attributes()
    {
        var doc = XDocument.Parse(Export(Sample(), GraphExportFormat.Gexf));
        XNamespace ns = GexfWriter.Namespace;
        doc.Root!.Name.ShouldBe(ns + "gexf");
        ((string)doc.Root.Attribute("version")!).ShouldBe("1.3");
        var graph = doc.Root.Element(ns + "graph")!;
        var declared = graph.Elements(ns + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(ns + "attribute").Select(x => (string)x.Attribute("id")!).ToList());
        declared["node"].ShouldBe(["kind", "country", "role"]);
        declared["edge"].ShouldContain("type");
        declared["edge"].ShouldContain("weight");
        declared["edge"].ShouldContain("goldstein");
        declared["edge"].ShouldContain("date");

        var nodes = graph.Element(ns + "nodes")!.Elements(ns + "node").ToList();
        nodes.Count.ShouldBe(5);
        var ukraine = nodes.Single(n => (string)n.Attribute("label")! == "Ukraine");
        Values(ns, ukraine)["kind"].ShouldBe("State");
        Values(ns, ukraine)["country"].ShouldBe("UKR");

        var edges = graph.Element(ns + "edges")!.Elements(ns + "edge").ToList();
        edges.Count.ShouldBe(8);
        var attack = edges.First(e => Values(ns, e)["type"] == "ATTACK");
        Values(ns, attack)["goldstein"].ShouldBe("-10");
        Values(ns, attack)["date"].ShouldBe("2025-10-01");
        ((string)attack.Attribute("source")!).ShouldBe(Russia.Id);
        ((string?)attack.Attribute("type")).ShouldBeNull("an attack is directed, the graph's default");
        edges.Where(e => (string?)e.Attribute("type") == "mutual").Select(e => Values(ns, e)["type"]).ShouldBe(["MEET", "MEET"]);
        edges.Select(e => (string)e.Attribute("id")!).Distinct().Count().ShouldBe(8);
    }

    private static Dictionary<string, string> Values(XNamespace ns, XElement element) =>
        element.Element(ns + "attvalues")!.Elements(ns + "attvalue").ToDictionary(v => (string)v.Attribute("for")!, v => (string)v.Attribute("value")!);

    [Theory]
    [InlineData(GraphExportFormat.GraphMl)]
    [InlineData(GraphExportFormat.Gexf)]
    public void Odd_names_survive_xml_escaping(GraphExportFormat format)
    {
        var graph = ActorGraph.FromSnapshot(With(Event(Odd, EventType.ACCUSE, Putin, place: "A & B <north>")));
        var text = Export(graph, format);
        var doc = XDocument.Parse(text);
        doc.Descendants().Attributes().Select(a => a.Value)
            .Concat(doc.Descendants().Where(e => !e.HasElements).Select(e => e.Value))
            .ShouldContain(Odd.Name);
        text.ShouldContain("&amp;");
        text.ShouldContain("&lt;");
        text.ShouldNotContain("<Party>");
    }

    [Fact]
    public void Control_characters_that_xml_cannot_hold_are_dropped_not_fatal()
    {
        var bell = Actor.Create("Bell\u0007 Group", ActorKind.Group);
        var doc = XDocument.Parse(Export(ActorGraph.FromSnapshot(With(Event(bell, EventType.THREATEN, Putin))), GraphExportFormat.Gexf));
        doc.Descendants().Attributes("label").Select(a => a.Value).ShouldContain("Bell Group");
    }

    [Fact]
    public void Dot_quotes_ids_and_escapes_quotes_and_backslashes()
    {
        var text = Export(ActorGraph.FromSnapshot(With(Event(Odd, EventType.MEET, Putin))), GraphExportFormat.Dot);
        text.ShouldStartWith("digraph \"actors\" {");
        text.ShouldContain("label=\"The \\\"Quoted\\\" <Party> & Sons\\\\\"");
        text.ShouldContain($"\"{Odd.Id}\" -> \"{Putin.Id}\"");
        text.ShouldContain("dir=none");
        text.TrimEnd().ShouldEndWith("}");
    }

    [Fact]
    public void Csv_has_one_row_per_event_and_quotes_fields_with_commas_and_quotes()
    {
        var comma = Actor.Create("Smith, \"Jr\"", ActorKind.Person);
        var text = Export(ActorGraph.FromSnapshot(With(Event(comma, EventType.CRITICIZE, Putin))), GraphExportFormat.Csv);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("Source,Target,");
        lines[1].ShouldContain("\"Smith, \"\"Jr\"\"\"");
        lines[1].ShouldContain(",CRITICIZE,true,2025-09-27,-2,1,");
    }
}
