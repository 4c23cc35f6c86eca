using System.Xml.Linq;
using Graph.Domain.Actors;
using Graph.Domain.Events;
using Shouldly;
using Xunit;
using static Graph.Cli.Tests.Commands.AnalysisStore;

namespace Graph.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Export_gexf_writes_a_gephi_file_with_node_and_edge_attributes()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());
        var file = dir.File("actors.gexf");

        var result = await CliRunner.RunAsync("export", "--format", "gexf", "-o", file, "--db", db);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldContain("wrote 7 actors and 9 events");
        var doc = XDocument.Load(file);
        doc.Root!.Name.ShouldBe(Gexf + "gexf");
        doc.Root.Attribute("version")!.Value.ShouldBe("1.3");
        var graph = doc.Root.Element(Gexf + "graph")!;
        graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").Count().ShouldBe(7);
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        edges.Count.ShouldBe(9);
        var attack = edges.First(e => e.Attribute("label")!.Value == "ATTACK");
        var values = attack.Element(Gexf + "attvalues")!.Elements(Gexf + "attvalue").ToDictionary(v => v.Attribute("for")!.Value, v => v.Attribute("value")!.Value);
        values["goldstein"].ShouldBe("-10");
        values["date"].ShouldBe("2025-10-01");
        values["weight"].ShouldBe("1");
    }

    [Fact]
    public async Task Export_graphml_to_standard_output_declares_keys_for_yed()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var result = await CliRunner.RunAsync("export", "--format", "graphml", "--db", db, "--types", "MEET");

        result.ExitCode.ShouldBe(0, result.Error);
        var doc = XDocument.Parse(result.Out);
        doc.Root!.Name.ShouldBe(GraphMl + "graphml");
        doc.Root.Elements(GraphMl + "key").Select(k => k.Attribute("attr.name")!.Value).ShouldContain("goldstein");
        var graph = doc.Root.Element(GraphMl + "graph")!;
        graph.Elements(GraphMl + "node").Count().ShouldBe(4);
        graph.Elements(GraphMl + "edge").Count().ShouldBe(3);
    }

    [Fact]
    public async Task Export_escapes_odd_names_in_every_format()
    {
        using var dir = new TempDirectory();
        var odd = Actor.Create("Front \"Rouge\" <Nord> & Sud", ActorKind.Group, "FRA");
        var db = await WriteAsync(dir, [(odd, EventType.THREATEN, Putin, "2025-05-01", "The front threatened Putin.")]);

        var gexf = await CliRunner.RunAsync("export", "--format", "gexf", "--db", db);
        var graphml = await CliRunner.RunAsync("export", "--format", "graphml", "--db", db);
        var dot = await CliRunner.RunAsync("export", "--format", "dot", "--db", db);
        var csv = await CliRunner.RunAsync("export", "--format", "csv", "--db", db);

        XDocument.Parse(gexf.Out).Descendants(Gexf + "node").Select(n => n.Attribute("label")!.Value).ShouldContain(odd.Name);
        XDocument.Parse(graphml.Out).Descendants(GraphMl + "data").Select(d => d.Value).ShouldContain(odd.Name);
        dot.Out.ShouldContain("label=\"Front \\\"Rouge\\\" <Nord> & Sud\"");
        csv.Out.ShouldContain("\"Front \"\"Rouge\"\" <Nord> & Sud\"");
    }

    [Fact]
    public async Task Export_takes_the_format_from_the_file_extension()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());
        var file = dir.File("actors.dot");

        var result = await CliRunner.RunAsync("export", "-o", file, "--db", db);

        result.ExitCode.ShouldBe(0, result.Error);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        text.ShouldStartWith("digraph \"actors\" {");
        text.ShouldContain("\"russia\" -> \"ukraine\"");
    }

    [Fact]
    public async Task Export_with_nothing_to_export_writes_no_file_and_exits_zero()
    {
        using var dir = new TempDirectory();
        var file = dir.File("empty.gexf");

        var result = await CliRunner.RunAsync("export", "--format", "gexf", "-o", file, "--db", dir.File("graph.db"));

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("no events");
        File.Exists(file).ShouldBeFalse();
        Directory.GetFiles(dir.Path).ShouldNotContain(f => f.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_into_a_missing_folder_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var result = await CliRunner.RunAsync("export", "-o", dir.File("no/such/folder/graph.gexf"), "--db", db);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task Export_rejects_an_unknown_format()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("export", "--format", "pdf", "--db", dir.File("graph.db"));

        result.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Export_around_an_actor_keeps_only_its_neighbourhood()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var one = await CliRunner.RunAsync("export", "--format", "csv", "--around", "Putin", "--db", db);
        var two = await CliRunner.RunAsync("export", "--format", "csv", "--around", "Putin", "--hops", "2", "--db", db);
        var unknown = await CliRunner.RunAsync("export", "--around", "Napoleon", "--db", db);

        one.ExitCode.ShouldBe(0, one.Error);
        // Header plus the two meetings with Lukashenko.
        one.OutLines.Length.ShouldBe(3);
        // Two hops reach NATO through Lukashenko's criticism, but not the Pope.
        two.OutLines.ShouldContain(l => l.StartsWith("alexander-lukashenko,nato,", StringComparison.Ordinal));
        two.Out.ShouldNotContain("Mattarella");
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("Napoleon");
    }
}
