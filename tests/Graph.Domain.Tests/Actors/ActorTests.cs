using Graph.Domain.Actors;
using Shouldly;
using Xunit;

namespace Graph.Domain.Tests.Actors;

public sealed class ActorTests
{
    [Theory]
    [InlineData("Vladimir Putin", "vladimir-putin")]
    [InlineData("Côte d'Ivoire", "cote-divoire")]
    [InlineData("Côte d’Ivoire", "cote-divoire")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Aleksandr Lukašenka", "aleksandr-lukasenka")]
    [InlineData("Friedrich Merz (CDU)", "friedrich-merz-cdu")]
    [InlineData("  São Tomé and Príncipe  ", "sao-tome-and-principe")]
    [InlineData("Søren Straße", "soren-strasse")]
    [InlineData("U.S. Department of State", "u-s-department-of-state")]
    public void Slug_drops_accents_joins_apostrophes_and_hyphenates_the_rest(string name, string slug)
    {
        Actor.Slug(name).ShouldBe(slug);
    }

    [Fact]
    public void Create_uses_the_slug_as_id()
    {
        var actor = Actor.Create("Côte d'Ivoire", ActorKind.State, "CIV", ["Costa d’Avorio"]);

        actor.Id.ShouldBe("cote-divoire");
        actor.Aliases.ShouldBe(["Costa d’Avorio"]);
    }

    [Fact]
    public void Actors_with_the_same_id_are_equal_whatever_their_aliases()
    {
        var a = Actor.Create("NATO", ActorKind.Organization, aliases: ["Alleanza Atlantica"]);
        var b = Actor.Create("NATO", ActorKind.Organization);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Lookup_finds_by_alias_by_name_and_by_a_word_of_the_name()
    {
        Actor[] actors =
        [
            Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Путин"]),
            Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko"]),
            Actor.Create("Côte d'Ivoire", ActorKind.State, "CIV"),
        ];

        ActorLookup.Find(actors, "putin").ShouldHaveSingleItem().Id.ShouldBe("vladimir-putin");
        ActorLookup.Find(actors, "Lukashenko").ShouldHaveSingleItem().Id.ShouldBe("alexander-lukashenko");
        ActorLookup.Find(actors, "cote d’ivoire").ShouldHaveSingleItem().Id.ShouldBe("cote-divoire");
        ActorLookup.Find(actors, "Macron").ShouldBeEmpty();
    }
}
