using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Ingestion;
using Graph.Neo4j.Tests.Support;
using Shouldly;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Graph.Neo4j.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so docker-compose.yml, the Dockerfile and .env.example are read as
/// files and checked against the code they configure: a renamed option or a wrong port fails here.
/// </summary>
public sealed partial class DockerComposeTests
{
    private static readonly YamlMappingNode Compose = LoadCompose();
    private static readonly string Dockerfile = File.ReadAllText(RepositoryPaths.File("Dockerfile"));

    private static YamlMappingNode Service(string name) => (YamlMappingNode)((YamlMappingNode)Compose["services"])[name];

    [Fact]
    public void Compose_runs_neo4j_5_community_with_browser_and_bolt_ports_a_data_volume_and_password_from_env()
    {
        var neo4j = Service("neo4j");

        Scalar(neo4j["image"]).ShouldBe("neo4j:5-community");
        Sequence(neo4j["ports"]).ShouldBe(["7474:7474", "7687:7687"], ignoreOrder: true);
        var auth = Scalar(((YamlMappingNode)neo4j["environment"])["NEO4J_AUTH"]);
        auth.ShouldContain("${NEO4J_PASSWORD");
        auth.ShouldNotMatch(@"/[^$]*$"); // no literal password after the slash
        var volume = Sequence(neo4j["volumes"]).Single(v => v.EndsWith(":/data", StringComparison.Ordinal));
        var volumeName = volume[..volume.IndexOf(':', StringComparison.Ordinal)];
        ((YamlMappingNode)Compose["volumes"]).Children.Keys.Select(Scalar).ShouldContain(volumeName);
    }

    [Fact]
    public void Neo4j_has_a_healthcheck_on_its_http_port_that_the_worker_waits_for()
    {
        var health = (YamlMappingNode)Service("neo4j")["healthcheck"];
        string.Join(' ', Sequence(health["test"])).ShouldContain("http://localhost:7474");
        health.Children.Keys.Select(Scalar).ShouldContain("interval");
        health.Children.Keys.Select(Scalar).ShouldContain("retries");

        var dependsOn = (YamlMappingNode)((YamlMappingNode)Service("worker")["depends_on"])["neo4j"];
        Scalar(dependsOn["condition"]).ShouldBe("service_healthy");
    }

    [Fact]
    public void The_worker_reports_its_health_through_graph_status()
    {
        var health = (YamlMappingNode)Service("worker")["healthcheck"];

        Sequence(health["test"]).ShouldBe(["CMD", "/app/graph", "status"]);
        Dockerfile.ShouldContain("ENTRYPOINT [\"/app/graph\"]");
    }

    [Fact]
    public void The_worker_is_built_from_the_repository_dockerfile_and_mounts_the_inbox()
    {
        var worker = Service("worker");
        var build = (YamlMappingNode)worker["build"];
        Scalar(build["context"]).ShouldBe(".");
        File.Exists(RepositoryPaths.File(Scalar(build["dockerfile"]))).ShouldBeTrue();

        var env = Environment(worker);
        var inbox = Sequence(worker["volumes"]).Single(v => v.StartsWith("./inbox:", StringComparison.Ordinal));
        inbox.ShouldBe($"./inbox:{env["GRAPH__WORKER__INBOXPATH"]}");
        var ledgerVolume = Sequence(worker["volumes"]).Single(v => !v.StartsWith("./", StringComparison.Ordinal));
        env["GRAPH__WORKER__LEDGERPATH"].ShouldStartWith(ledgerVolume[(ledgerVolume.IndexOf(':', StringComparison.Ordinal) + 1)..] + "/");
    }

    [Fact]
    public void The_worker_stores_in_the_neo4j_service_with_credentials_from_env()
    {
        var env = Environment(Service("worker"));

        env["GRAPH__STORE"].ShouldBe("neo4j");
        var url = new Uri(env["GRAPH__NEO4J__URL"]);
        url.Host.ShouldBe("neo4j");
        Sequence(Service("neo4j")["ports"]).ShouldContain(p => p.EndsWith(":" + url.Port, StringComparison.Ordinal));
        env["GRAPH__NEO4J__USER"].ShouldStartWith("${NEO4J_USER");
        env["GRAPH__NEO4J__PASSWORD"].ShouldStartWith("${NEO4J_PASSWORD");
    }

    [Fact]
    public void Every_GRAPH_setting_in_compose_and_dockerfile_binds_to_an_options_property()
    {
        var keys = Environment(Service("worker")).Keys
            .Concat(DockerfileEnvKeys())
            .Where(k => k.StartsWith("GRAPH__", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        keys.ShouldNotBeEmpty();

        foreach (var key in keys)
        {
            var parts = key.Split("__");
            var known = parts switch
            {
                ["GRAPH", "STORE"] => true,
                ["GRAPH", "NEO4J", var p] => HasProperty<Neo4jOptions>(p),
                ["GRAPH", "WORKER", var p] => HasProperty<WorkerOptions>(p),
                _ => false,
            };
            known.ShouldBeTrue($"{key} does not bind to any option (Graph:Store, Graph:Neo4j:*, Graph:Worker:*)");
        }
        Neo4jOptions.Section.ShouldBe("Graph:Neo4j");
        WorkerOptions.Section.ShouldBe("Graph:Worker");
    }

    [Fact]
    public void Env_example_defines_every_variable_compose_uses_and_holds_no_real_secret()
    {
        var example = File.ReadAllLines(RepositoryPaths.File(".env.example"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)].Trim(), l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim());
        var used = VariablePattern().Matches(File.ReadAllText(RepositoryPaths.File("docker-compose.yml"))).Select(m => m.Groups[1].Value).Distinct();

        foreach (var name in used)
        {
            example.ShouldContainKey(name);
        }
        example["NEO4J_PASSWORD"].ShouldContain("change-me");
        File.ReadAllLines(RepositoryPaths.File(".dockerignore")).ShouldContain(".env");
        File.ReadAllLines(RepositoryPaths.File(".gitignore")).ShouldContain(".env");
    }

    [Fact]
    public void The_dockerfile_builds_with_the_sdk_and_runs_on_the_debian_runtime()
    {
        var stages = FromPattern().Matches(Dockerfile).Select(m => (Image: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();

        stages.Count.ShouldBe(2);
        stages[0].Image.ShouldBe("mcr.microsoft.com/dotnet/sdk:10.0");
        stages[1].Image.ShouldBe("mcr.microsoft.com/dotnet/runtime:10.0");
        stages.ShouldAllBe(s => !s.Image.Contains("alpine"));
        Dockerfile.ShouldContain($"COPY --from={stages[0].Name} ");
        Dockerfile.ShouldContain("dotnet publish src/Graph.Cli/Graph.Cli.csproj");
    }

    [Fact]
    public void The_image_runs_graph_worker_as_a_non_root_user()
    {
        var final = Dockerfile[Dockerfile.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var user = UserPattern().Matches(final).Select(m => m.Groups[1].Value).LastOrDefault();
        user.ShouldNotBeNull("the runtime stage has no USER");
        user.ShouldNotBeOneOf("root", "0", "0:0");

        var entry = JsonArray(final, "ENTRYPOINT");
        // compose's command, when given, replaces the image's CMD.
        var worker = Service("worker");
        var cmd = worker.Children.ContainsKey("command") ? Sequence(worker["command"]) : JsonArray(final, "CMD");
        var command = entry.Concat(cmd).ToArray();
        Path.GetFileName(command[0]).ShouldBe(CliAssemblyName());
        command[1..].ShouldBe(["worker"]);
        JsonArray(final, "CMD").ShouldBe(["worker"]);
    }

    private static string CliAssemblyName()
    {
        var csproj = File.ReadAllText(RepositoryPaths.File("src", "Graph.Cli", "Graph.Cli.csproj"));
        return AssemblyNamePattern().Match(csproj).Groups[1].Value;
    }

    private static bool HasProperty<T>(string name) =>
        typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } p
        && (p.CanWrite || p.PropertyType.IsGenericType);

    private static IEnumerable<string> DockerfileEnvKeys() =>
        EnvKeyPattern().Matches(Dockerfile).Select(m => m.Groups[1].Value);

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(kv => Scalar(kv.Key), kv => Scalar(kv.Value));

    private static string[] JsonArray(string dockerfile, string instruction)
    {
        var match = Regex.Matches(dockerfile, $@"^{instruction}\s+(\[.*\])\s*$", RegexOptions.Multiline).LastOrDefault();
        match.ShouldNotBeNull($"{instruction} in exec (JSON array) form");
        return JsonSerializer.Deserialize<string[]>(match.Groups[1].Value)!;
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? string.Empty : node.ToString();

    private static string[] Sequence(YamlNode node) => node switch
    {
        YamlSequenceNode seq => [.. seq.Children.Select(Scalar)],
        YamlScalarNode s => [s.Value ?? string.Empty],
        _ => [],
    };

    private static YamlMappingNode LoadCompose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.File("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\$\{(\w+)")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FromPattern();

    [GeneratedRegex(@"^USER\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"\b(GRAPH__[A-Z0-9_]+)=")]
    private static partial Regex EnvKeyPattern();

    [GeneratedRegex(@"<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyNamePattern();
}
