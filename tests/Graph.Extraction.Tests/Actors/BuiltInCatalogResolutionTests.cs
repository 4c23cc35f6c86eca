using Graph.Extraction.Actors;
using Graph.Extraction.Catalog;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Actors;

/// <summary>How the built-in catalogue and lexicon resolve the phrases news uses for states, bodies and people.</summary>
public sealed class BuiltInCatalogResolutionTests
{
    private static readonly Lazy<ActorRecognizer> Recognizer = new(() => new ActorRecognizer(ActorCatalogLoader.Load([])));

    private static List<(string Text, string Actor)> Recognize(string text, string language, DateOnly? published = null)
    {
        var doc = TestText.Parse(text, language, published);
        var session = Recognizer.Value.BeginArticle(doc);
        return [.. doc.Sentences.SelectMany(session.Recognize).Select(m => (text[m.Start..m.End], m.Actor.Name))];
    }

    [Theory]
    [InlineData("The Indian military said it struck two depots near the border.", "en", "India")]
    [InlineData("Pakistan's army fired shells across the line of control.", "en", "Pakistan")]
    [InlineData("The Israeli army ordered residents to leave the area.", "en", "Israel")]
    [InlineData("China's military sent warships toward the island.", "en", "China")]
    [InlineData("L'esercito israeliano ha colpito un deposito di armi.", "it", "Israel")]
    [InlineData("Le forze armate turche hanno avviato un'operazione nel nord.", "it", "Turkey")]
    public void Generic_armed_forces_of_a_state_act_for_the_state(string sentence, string language, string state)
    {
        Recognize(sentence, language).Select(m => m.Actor).ShouldContain(state);
    }

    [Theory]
    [InlineData("Il Cremlino ha definito illegali le nuove sanzioni europee.")]
    [InlineData("Mosca risponderà alle misure comunitarie.")]
    public void An_italian_european_adjective_stands_for_the_union(string sentence)
    {
        Recognize(sentence, "it").Select(m => m.Actor).ShouldContain("European Union");
    }

    [Fact]
    public void The_european_council_stays_its_own_body_not_the_adjective()
    {
        Recognize("Il Consiglio europeo ha approvato il pacchetto.", "it").ShouldBe([("Consiglio europeo", "European Council")]);
    }

    [Theory]
    [InlineData("The Israel Defense Forces said the strike hit a launcher.", "Israel Defense Forces")]
    [InlineData("The People's Liberation Army announced live-fire drills.", "People's Liberation Army")]
    public void A_named_armed_body_stays_an_organisation(string sentence, string body)
    {
        Recognize(sentence, "en").Select(m => m.Actor).ShouldContain(body);
    }

    [Fact]
    public void A_korean_leader_is_found_again_by_the_family_name()
    {
        var found = Recognize("Il leader nordcoreano Kim Jong Un ha visitato una fabbrica di munizioni. Kim ha chiesto di triplicare la produzione.", "it");
        found.ShouldContain(("Kim", "Kim Jong Un"));
    }

    [Fact]
    public void A_family_name_shared_by_two_people_of_the_article_names_neither()
    {
        var found = Recognize("Kim Yo Jong ha difeso il fratello Kim Jong Un. Kim ha poi attaccato Seul.", "it");
        found.Where(m => m.Text == "Kim").ShouldBeEmpty();
    }

    [Fact]
    public void The_commission_refers_back_to_the_european_commission_once_named()
    {
        var found = Recognize("La Commissione europea ha presentato un piano sul gas. Budapest ha respinto la proposta della Commissione.", "it");
        found.Count(m => m.Actor == "European Commission").ShouldBe(2);
    }

    [Fact]
    public void The_commission_alone_names_nobody_when_no_commission_was_named()
    {
        Recognize("La Commissione ha respinto il ricorso.", "it").ShouldBeEmpty();
    }

    [Fact]
    public void The_presidency_of_the_council_of_ministers_is_the_italian_government()
    {
        Recognize("In una nota la presidenza del Consiglio ha espresso sostegno a Kiev.", "it")
            .Select(m => m.Actor).ShouldContain("Italy");
    }

    [Fact]
    public void The_presidency_of_the_european_council_is_not_the_italian_government()
    {
        Recognize("La presidenza del Consiglio europeo ha convocato un vertice.", "it")
            .Select(m => m.Actor).ShouldNotContain("Italy");
    }

    [Fact]
    public void The_head_of_european_diplomacy_refers_back_to_the_eu_foreign_policy_chief()
    {
        var found = Recognize(
            "L'alta rappresentante per la politica estera dell'Ue Kaja Kallas ha parlato a Bruxelles. Il capo della diplomazia europea ha poi esortato Pechino alla moderazione.",
            "it", new DateOnly(2025, 3, 1));
        found.Count(m => m.Actor == "Kaja Kallas").ShouldBe(2);
    }
}
