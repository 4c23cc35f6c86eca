using Graph.Domain.Actors;
using Graph.Reports.Common;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Common;

public sealed class ActorResolutionTests
{
    private static readonly Actor[] Stored = [Putin, PutinaFan, Lukashenko, Zelensky, Russia, Actor.Create("Kim Jong Un", ActorKind.Person, "PRK"), Actor.Create("Kim Yo Jong", ActorKind.Person, "PRK")];

    [Theory]
    [InlineData("Putin")]
    [InlineData("putin")]
    [InlineData("Vladimir Putin")]
    [InlineData("vladimir-putin")]
    public void A_surname_name_or_id_finds_the_actor(string query)
    {
        var found = ActorResolution.Resolve(Stored, query);

        found.IsFound.ShouldBeTrue();
        found.Actor!.Name.ShouldBe("Vladimir Putin");
    }

    [Fact]
    public void An_alias_finds_the_actor()
    {
        ActorResolution.Resolve(Stored, "Mosca").Actor!.Name.ShouldBe("Russia");
        ActorResolution.Resolve(Stored, "Lukašenko").Actor!.Name.ShouldBe("Alexander Lukashenko");
    }

    [Fact]
    public void An_ambiguous_name_lists_the_candidates()
    {
        var found = ActorResolution.Resolve(Stored, "Kim");

        found.IsAmbiguous.ShouldBeTrue();
        found.Problem.ShouldBe("'Kim' matches 2 actors: Kim Jong Un (id kim-jong-un, person); Kim Yo Jong (id kim-yo-jong, person). Give the full name or the id.");
    }

    [Fact]
    public void An_unknown_name_says_so()
    {
        var found = ActorResolution.Resolve(Stored, "Merkel");

        found.IsUnknown.ShouldBeTrue();
        found.Problem.ShouldStartWith("no actor matches 'Merkel'");
    }
}
