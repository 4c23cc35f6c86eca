using Graph.Domain.Actors;
using Graph.Domain.Events;
using Shouldly;
using Xunit;
using static Graph.Cli.Tests.Commands.AnalysisStore;

namespace Graph.Cli.Tests.Commands;

public sealed class PathCommandTests
{
    [Fact]
    public async Task Path_finds_Putin_by_surname_and_prints_each_hop_with_its_events()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var result = await CliRunner.RunAsync("path", "Putin", "Ukraine", "--db", db);

        result.ExitCode.ShouldBe(0, result.Error);
        result.OutLines[0].ShouldBe("Vladimir Putin → Alexander Lukashenko → NATO → Ukraine  (3 hops)");
        result.Out.ShouldContain("1. Vladimir Putin — Alexander Lukashenko: 2 events");
        result.Out.ShouldContain("2025-09-27  Vladimir Putin MEET Alexander Lukashenko");
        result.Out.ShouldContain("“Putin received Lukashenko in Moscow on Saturday.”");
        result.Out.ShouldContain("3. NATO — Ukraine: 2 events");
    }

    [Fact]
    public async Task Path_weighted_prefers_a_longer_chain_of_well_documented_ties()
    {
        using var dir = new TempDirectory();
        var a = Actor.Create("Alpha Party", ActorKind.Group);
        var b = Actor.Create("Beta Front", ActorKind.Group);
        var c = Actor.Create("Gamma Union", ActorKind.Organization);
        var events = new List<(Actor, EventType, Actor, string, string)> { (a, EventType.CRITICIZE, b, "2025-01-01", "Alpha criticised Beta once.") };
        for (var day = 1; day <= 7; day++)
        {
            events.Add((a, EventType.NEGOTIATE, c, $"2025-02-0{day}", $"Alpha negotiated with Gamma, round {day}."));
            events.Add((c, EventType.NEGOTIATE, b, $"2025-03-0{day}", $"Gamma negotiated with Beta, round {day}."));
        }
        var db = await WriteAsync(dir, events);

        var hops = await CliRunner.RunAsync("path", "Alpha", "Beta", "--db", db);
        var weighted = await CliRunner.RunAsync("path", "Alpha", "Beta", "--db", db, "--weighted");

        hops.OutLines[0].ShouldBe("Alpha Party → Beta Front  (1 hop)");
        weighted.ExitCode.ShouldBe(0, weighted.Error);
        weighted.OutLines[0].ShouldBe("Alpha Party → Gamma Union → Beta Front  (2 hops, cost 0.286)");
        weighted.Out.ShouldContain("… and 2 more");
    }

    [Fact]
    public async Task Path_directed_follows_events_from_source_to_target_only()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var forward = await CliRunner.RunAsync("path", "Putin", "Ukraine", "--db", db, "--directed");
        var backward = await CliRunner.RunAsync("path", "Ukraine", "Putin", "--db", db, "--directed");

        forward.OutLines[0].ShouldStartWith("Vladimir Putin → Alexander Lukashenko → NATO → Ukraine");
        backward.ExitCode.ShouldBe(0);
        backward.Error.ShouldContain("no path from Ukraine to Vladimir Putin following events from source to target");
    }

    [Fact]
    public async Task Path_between_unconnected_actors_says_there_is_none()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var result = await CliRunner.RunAsync("path", "Putin", "Mattarella", "--db", db);

        result.ExitCode.ShouldBe(0);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("no path from Vladimir Putin to Sergio Mattarella");
    }

    [Fact]
    public async Task Path_with_an_unknown_actor_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        var result = await CliRunner.RunAsync("path", "Napoleon", "Putin", "--db", db);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no actor in the store matches 'Napoleon'");
    }

    [Fact]
    public async Task Path_with_an_ambiguous_name_lists_the_candidates()
    {
        using var dir = new TempDirectory();
        var db = await WriteAsync(dir, Crisis());

        // "Russia" and "Ukraine" are exact; the word "Leo" only in the Pope's name; "Vladimir" alone is Putin.
        var ok = await CliRunner.RunAsync("path", "Vladimir", "Leo", "--db", db);
        ok.ExitCode.ShouldBe(0, ok.Error);

        var twoNames = await WriteAsync(new TempDirectory(), [(Putin, EventType.MEET, Actor.Create("Vladimir Zelensky", ActorKind.Person, "UKR"), "2025-01-01", "They met.")]);
        var ambiguous = await CliRunner.RunAsync("path", "Vladimir", "Zelensky", "--db", twoNames);
        ambiguous.ExitCode.ShouldBe(2);
        ambiguous.Error.ShouldContain("Vladimir Putin (vladimir-putin)");
        ambiguous.Error.ShouldContain("Vladimir Zelensky");
    }

    [Fact]
    public async Task Path_on_an_empty_store_says_so_and_exits_zero()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync("path", "Putin", "Ukraine", "--db", dir.File("graph.db"));

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldContain("no events");
    }
}
