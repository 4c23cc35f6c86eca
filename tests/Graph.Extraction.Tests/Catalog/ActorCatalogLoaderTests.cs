using Graph.Domain.Actors;
using Graph.Extraction.Catalog;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Catalog;

public sealed class ActorCatalogLoaderTests
{
    private static ActorCatalog Load(params string[] texts) =>
        ActorCatalogLoader.LoadFrom(texts.Select((t, i) => ($"file{i + 1}.yaml", t)));

    [Fact]
    public void Load_reads_the_built_in_catalogue()
    {
        var catalog = ActorCatalogLoader.Load([]);
        catalog.Entries.ShouldNotBeEmpty();
        catalog.Entries.Select(e => e.Id).ShouldBeUnique();
        catalog.Entries.ShouldAllBe(e => e.Id == e.Actor.Id && e.Id.Length > 0);
    }

    [Fact]
    public void Load_gives_each_actor_the_slug_of_its_name_and_the_kind_of_its_list()
    {
        var catalog = Load("""
            states:
              - { name: Côte d'Ivoire, iso3: civ }
            organizations:
              - { name: European Commission, part_of: European Union }
            groups:
              - { name: Hezbollah, country: LBN }
            people:
              - { name: Recep Tayyip Erdoğan, country: TUR }
            """);
        catalog.Entries.Select(e => (e.Id, e.Kind, e.Actor.Country)).ShouldBe([
            ("cote-divoire", ActorKind.State, "CIV"),
            ("european-commission", ActorKind.Organization, null),
            ("hezbollah", ActorKind.Group, "LBN"),
            ("recep-tayyip-erdogan", ActorKind.Person, "TUR"),
        ]);
        catalog.FindById("european-commission")!.PartOf.ShouldBe("european-union");
        catalog.FindState("CIV")!.Name.ShouldBe("Côte d'Ivoire");
    }

    [Fact]
    public void Load_lets_a_later_file_extend_an_entry_by_name()
    {
        var catalog = Load(
            """
            people:
              - name: Vladimir Putin
                country: RUS
                aliases: [Putin]
                roles: [{ role: head_of_state, country: RUS, from: 2012-05-07 }]
            """,
            """
            people:
              - name: Vladimir Putin
                aliases: [Wladimir Putin]
                roles: [{ role: head_of_government, country: RUS, from: 2008-05-08, to: 2012-05-07 }]
            """);
        var putin = catalog.Entries.ShouldHaveSingleItem();
        putin.Actor.Aliases.ShouldBe(["Putin", "Wladimir Putin"]);
        putin.Roles.Count.ShouldBe(2);
        putin.Actor.Country.ShouldBe("RUS");
    }

    [Fact]
    public void Load_lets_a_later_file_extend_an_entry_by_id()
    {
        var catalog = Load(
            "organizations:\n  - { name: NATO, aliases: { it: [Nato] } }\n",
            "organizations:\n  - { id: nato, name: North Atlantic Treaty Organization, aliases: { it: [Alleanza Atlantica] } }\n");
        var nato = catalog.Entries.ShouldHaveSingleItem();
        nato.Name.ShouldBe("NATO");
        nato.Actor.Aliases.ShouldBe(["Nato", "North Atlantic Treaty Organization", "Alleanza Atlantica"], ignoreOrder: true);
    }

    [Fact]
    public void HolderOn_resolves_a_role_by_date_and_never_guesses()
    {
        var catalog = Load("""
            people:
              - name: Joe Biden
                roles: [{ role: head_of_state, country: USA, from: 2021-01-20, to: 2025-01-20 }]
              - name: Donald Trump
                roles:
                  - { role: head_of_state, country: USA, from: 2017-01-20, to: 2021-01-20 }
                  - { role: head_of_state, country: USA, from: 2025-01-20 }
            """);
        catalog.HolderOn("head_of_state", "USA", new DateOnly(2024, 6, 1))!.Value.Person.Name.ShouldBe("Joe Biden");
        catalog.HolderOn("head_of_state", "USA", new DateOnly(2025, 1, 20))!.Value.Person.Name.ShouldBe("Donald Trump");
        catalog.HolderOn("head_of_state", "USA", new DateOnly(2019, 1, 1))!.Value.Person.Name.ShouldBe("Donald Trump");
        catalog.HolderOn("head_of_state", "USA", new DateOnly(2010, 1, 1)).ShouldBeNull();
        catalog.HolderOn("foreign_minister", "USA", new DateOnly(2024, 6, 1)).ShouldBeNull();
    }

    [Fact]
    public void Load_reports_broken_yaml_with_file_and_line()
    {
        var ex = Should.Throw<CatalogException>(() => Load("states:\n  - name: Russia\n    aliases: [Russia\n"));
        ex.Message.ShouldStartWith("Actor catalogue file1.yaml, line ");
        ex.Message.ShouldContain("not valid YAML");
    }

    [Fact]
    public void Load_rejects_an_unknown_list_naming_its_line()
    {
        var ex = Should.Throw<CatalogException>(() => Load("states: []\npeoples:\n  - name: X\n"));
        ex.Message.ShouldBe("Actor catalogue file1.yaml, line 2: unknown list 'peoples'; expected 'states', 'organizations', 'groups' or 'people'.");
    }

    [Fact]
    public void Load_rejects_a_bad_date_naming_its_line()
    {
        var ex = Should.Throw<CatalogException>(() => Load("people:\n  - name: A B\n    roles:\n      - role: envoy\n        from: 20 March 2024\n"));
        ex.Message.ShouldBe("Actor catalogue file1.yaml, line 5: 'from: 20 March 2024' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY).");
    }

    [Fact]
    public void Load_rejects_an_entry_without_a_name_and_a_bad_country_code()
    {
        Should.Throw<CatalogException>(() => Load("groups:\n  - aliases: [X]\n")).Message.ShouldContain("line 2: entry has no 'name'");
        Should.Throw<CatalogException>(() => Load("states:\n  - name: Russia\n    iso3: RU\n")).Message.ShouldContain("line 3: 'RU' is not an ISO 3166 alpha-3");
    }

    [Fact]
    public void Load_rejects_the_same_id_with_two_kinds()
    {
        var ex = Should.Throw<CatalogException>(() => Load("states:\n  - { name: Georgia, iso3: GEO }\n", "people:\n  - name: Georgia\n"));
        ex.Message.ShouldContain("file2.yaml, line 2");
        ex.Message.ShouldContain("file1.yaml:2");
    }

    [Fact]
    public void Load_skips_unknown_fields_with_a_warning()
    {
        var catalog = Load("states:\n  - { name: Malta, iso3: MLT, wikidata: Q233 }\n");
        catalog.Entries.ShouldHaveSingleItem();
        catalog.Warnings.ShouldBe(["Actor catalogue file1.yaml, line 2: unknown field 'wikidata' ignored."]);
    }

    [Fact]
    public void Load_names_a_user_file_that_cannot_be_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-catalogue-{Guid.NewGuid():N}.yaml");
        var ex = Should.Throw<CatalogException>(() => ActorCatalogLoader.Load([missing]));
        ex.Message.ShouldStartWith($"Actor catalogue {missing}: cannot be read");
    }

    [Fact]
    public void Load_adds_a_user_file_after_the_built_in_catalogue()
    {
        var file = Path.Combine(Path.GetTempPath(), $"user-catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "groups:\n  - { name: Brigata Immaginaria, aliases: { it: [la Brigata] } }\n");
        try
        {
            var catalog = ActorCatalogLoader.Load([file]);
            catalog.Entries[^1].Id.ShouldBe("brigata-immaginaria");
            catalog.Entries.Count.ShouldBeGreaterThan(1);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
