using Graph.Extraction.Actors;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Actors;

public sealed class ActorRecognizerTests
{
    private static List<(string Text, string Actor, ActorMentionKind Kind)> Recognize(
        string text, string language = "it", DateOnly? published = null, bool heading = false)
    {
        var doc = TestText.Parse(text, language, published, heading);
        var session = TestCatalog.Recognizer.BeginArticle(doc);
        var result = new List<(string, string, ActorMentionKind)>();
        foreach (var sentence in doc.Sentences)
        {
            var mentions = session.Recognize(sentence);
            for (var i = 1; i < mentions.Count; i++) mentions[i].Start.ShouldBeGreaterThanOrEqualTo(mentions[i - 1].End);
            result.AddRange(mentions.Select(m => (text[m.Start..m.End], m.Actor.Name, m.Kind)));
        }
        return result;
    }

    private static List<ActorMention> RecognizeMentions(string text, string language = "it", DateOnly? published = null)
    {
        var doc = TestText.Parse(text, language, published);
        var session = TestCatalog.Recognizer.BeginArticle(doc);
        return [.. doc.Sentences.SelectMany(session.Recognize)];
    }

    [Fact]
    public void Recognize_finds_states_organisations_and_people_by_name()
    {
        Recognize("Vladimir Putin e la Nato si accusano a vicenda, mentre la Federazione Russa tace.")
            .ShouldBe([
                ("Vladimir Putin", "Vladimir Putin", ActorMentionKind.Name),
                ("Nato", "NATO", ActorMentionKind.Name),
                ("Federazione Russa", "Russia", ActorMentionKind.Name),
            ]);
    }

    [Fact]
    public void Recognize_ignores_accents_and_case_in_multiword_names()
    {
        Recognize("Lukasenko ha parlato con Erdogan dell'unione europea.")
            .Select(m => m.Actor).ShouldBe(["Alexander Lukashenko", "Recep Tayyip Erdoğan", "European Union"]);
    }

    [Fact]
    public void Recognize_reads_through_elisions_and_possessives()
    {
        Recognize("Le sanzioni dell’UE contro l’Iran sono state prorogate.")
            .ShouldBe([("UE", "European Union", ActorMentionKind.Name), ("Iran", "Iran", ActorMentionKind.Name)]);
        Recognize("Russia’s drones hit Ukraine's grid while Tehran's envoy watched.", "en")
            .Select(m => (m.Text, m.Actor)).ShouldContain(("Russia", "Russia"));
    }

    [Fact]
    public void Recognize_prefers_the_longest_name()
    {
        Recognize("La Commissione europea ha proposto un pacchetto.")
            .ShouldBe([("Commissione europea", "European Commission", ActorMentionKind.Name)]);
    }

    [Fact]
    public void Recognize_maps_capitals_and_metonyms_to_the_state()
    {
        Recognize("Mosca ha risposto a Kiev, il Cremlino ha taciuto e la Casa Bianca ha convocato Palazzo Chigi.")
            .ShouldBe([
                ("Mosca", "Russia", ActorMentionKind.Capital),
                ("Kiev", "Ukraine", ActorMentionKind.Capital),
                ("Cremlino", "Russia", ActorMentionKind.Metonym),
                ("Casa Bianca", "United States", ActorMentionKind.Metonym),
                ("Palazzo Chigi", "Italy", ActorMentionKind.Metonym),
            ]);
    }

    [Fact]
    public void Recognize_takes_Bruxelles_as_the_European_Union_rather_than_Belgium()
    {
        Recognize("Bruxelles ha approvato nuove misure.").ShouldBe([("Bruxelles", "European Union", ActorMentionKind.Metonym)]);
    }

    [Fact]
    public void Recognize_reports_demonyms_for_the_engine_to_weigh()
    {
        Recognize("L'attacco russo ha colpito una centrale.").ShouldBe([("russo", "Russia", ActorMentionKind.Demonym)]);
        Recognize("Russian forces advanced.", "en").ShouldBe([("Russian", "Russia", ActorMentionKind.Demonym)]);
    }

    [Fact]
    public void Recognize_does_not_take_common_words_for_countries()
    {
        Recognize("We ate turkey in May 2024 with Chad Whitfield.", "en").ShouldBeEmpty();
        Recognize("Un portavoce ha parlato.").ShouldBeEmpty();
        Recognize("Michael Jordan watched the game.", "en").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_keeps_capitalised_ambiguous_countries()
    {
        Recognize("Turkey and Georgia signed a deal; Jordan objected.", "en")
            .Select(m => m.Actor).ShouldBe(["Turkey", "Georgia", "Jordan"]);
    }

    [Fact]
    public void Recognize_introduces_a_person_named_with_an_italian_title()
    {
        var mentions = RecognizeMentions("Il ministro degli Esteri turco Hakan Fidan ha incontrato l'omologo. Fidan ha poi parlato alla stampa.");
        mentions.Count.ShouldBe(2);
        var fidan = mentions[0].Actor;
        fidan.Id.ShouldBe("hakan-fidan");
        fidan.Kind.ShouldBe(Graph.Domain.Actors.ActorKind.Person);
        fidan.Country.ShouldBe("TUR");
        fidan.Role.ShouldBe("ministro degli Esteri turco");
        mentions[0].Kind.ShouldBe(ActorMentionKind.IntroducedPerson);
        mentions[1].Actor.ShouldBe(fidan);
        mentions[1].Kind.ShouldBe(ActorMentionKind.Surname);
        mentions[1].Note.ShouldContain("Hakan Fidan");
    }

    [Fact]
    public void Recognize_introduces_people_named_with_english_titles()
    {
        var text = "Polish Prime Minister Donald Tusk met Kremlin spokesman Dmitry Peskov. Later the UN's human rights chief Volker Türk spoke.";
        var mentions = RecognizeMentions(text, "en");
        mentions.Select(m => (m.Actor.Name, m.Actor.Country, m.Kind)).ShouldBe([
            ("Donald Tusk", "POL", ActorMentionKind.IntroducedPerson),
            ("Dmitry Peskov", "RUS", ActorMentionKind.IntroducedPerson),
            ("Volker Türk", null, ActorMentionKind.IntroducedPerson),
        ]);
        text[mentions[0].Start..mentions[0].End].ShouldBe("Polish Prime Minister Donald Tusk");
        mentions[2].Actor.Role.ShouldBe("UN's human rights chief");
    }

    [Fact]
    public void Recognize_introduces_a_person_in_apposition()
    {
        var mentions = RecognizeMentions("Ha parlato anche Keith Kellogg, l'inviato americano, dopo il vertice. Kellogg è poi ripartito.");
        mentions.Select(m => (m.Actor.Name, m.Actor.Country, m.Kind)).ShouldBe([
            ("Keith Kellogg", "USA", ActorMentionKind.IntroducedPerson),
            ("Keith Kellogg", "USA", ActorMentionKind.Surname),
        ]);
    }

    [Fact]
    public void Recognize_resolves_a_title_to_the_person_named_earlier()
    {
        var mentions = RecognizeMentions(
            "Lukashenko ha ricevuto Putin a Minsk. Il presidente bielorusso ha poi ringraziato il leader del Cremlino.",
            published: new DateOnly(2024, 12, 6));
        mentions.Select(m => (m.Actor.Name, m.Kind)).ShouldBe([
            ("Alexander Lukashenko", ActorMentionKind.Name),
            ("Vladimir Putin", ActorMentionKind.Name),
            ("Belarus", ActorMentionKind.Capital),
            ("Alexander Lukashenko", ActorMentionKind.Title),
            ("Vladimir Putin", ActorMentionKind.Title),
        ]);
        mentions[3].Note.ShouldBe("presidente bielorusso → Alexander Lukashenko (title: head_of_state of BLR, named earlier)");
    }

    [Fact]
    public void Recognize_resolves_a_title_by_the_catalogue_at_the_article_date()
    {
        RecognizeMentions("Il presidente americano ha parlato.", published: new DateOnly(2024, 5, 1))
            .Single().Actor.Name.ShouldBe("Joe Biden");
        var later = RecognizeMentions("Il presidente americano ha parlato.", published: new DateOnly(2025, 3, 1)).Single();
        later.Actor.Name.ShouldBe("Donald Trump");
        later.Actor.Role.ShouldBe("President of the United States");
        later.Kind.ShouldBe(ActorMentionKind.Title);
        later.Note.ShouldContain("2025-03-01");
    }

    [Fact]
    public void Recognize_never_guesses_a_title_it_cannot_resolve()
    {
        Recognize("Il premier ha parlato a lungo.", published: new DateOnly(2025, 3, 1)).ShouldBeEmpty();
        // Without a publication date only the nationality is left, for the engine to weigh.
        Recognize("Il presidente americano ha parlato.").ShouldBe([("americano", "United States", ActorMentionKind.Demonym)]);
    }

    [Fact]
    public void Recognize_keeps_the_qualifier_when_its_title_is_unresolved()
    {
        Recognize("Il portavoce del Cremlino ha smentito.").ShouldBe([("Cremlino", "Russia", ActorMentionKind.Metonym)]);
    }

    [Fact]
    public void Recognize_resolves_english_titles_with_a_state_before_them()
    {
        RecognizeMentions("The Kremlin leader spoke; the Ukrainian president did not.", "en", new DateOnly(2025, 3, 1))
            .Select(m => m.Actor.Name).ShouldBe(["Vladimir Putin", "Ukraine"]);
    }

    [Fact]
    public void Recognize_attaches_a_title_to_a_catalogue_person()
    {
        var mentions = RecognizeMentions("Il presidente russo Vladimir Putin è arrivato. Il capo dello Stato russo ha parlato.", published: new DateOnly(2024, 12, 6));
        mentions.Select(m => (m.Actor.Name, m.Kind)).ShouldBe([
            ("Vladimir Putin", ActorMentionKind.Name),
            ("Vladimir Putin", ActorMentionKind.Title),
        ]);
        mentions[0].Actor.Role.ShouldBe("President of Russia");
    }

    [Fact]
    public void Recognize_does_not_resolve_plural_titles()
    {
        Recognize("I leader europei si sono riuniti.").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_does_not_take_news_agencies_or_weapons_for_people()
    {
        Recognize("Secondo l'agenzia Belta, il sistema Oreshnik sarà schierato. Lo riferisce Interfax.").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_resolves_an_italian_prime_minister_by_default_scope()
    {
        RecognizeMentions("Il presidente del Consiglio ha telefonato.", published: new DateOnly(2024, 1, 10))
            .Single().Actor.Name.ShouldBe("Giorgia Meloni");
    }

    [Fact]
    public void Recognize_survives_text_without_actors_and_odd_input()
    {
        Recognize("Oggi piove molto su tutta la regione.").ShouldBeEmpty();
        Recognize("’s ' - , l’ 's ’ Ζεύς 東京 🙂").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_gives_every_mention_an_explanation()
    {
        RecognizeMentions("Mosca accusa Kiev.").Select(m => m.Note).ShouldBe([
            "Mosca → Russia (capital of Russia)",
            "Kiev → Ukraine (capital of Ukraine)",
        ]);
    }

    [Fact]
    public void Recognize_accepts_title_case_acronyms_inside_a_sentence_only()
    {
        Recognize("Le sanzioni dell'Ue e dell'Onu restano.").Select(m => m.Actor).ShouldBe(["European Union", "United Nations"]);
        Recognize("Un diplomatico ha parlato.").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_does_not_attach_a_following_title_clause_to_the_name_before_the_comma()
    {
        var mentions = RecognizeMentions("Dopo tre ore di colloquio con Erdoğan, il leader del Cremlino ha lasciato Ankara.", published: new DateOnly(2024, 5, 1));
        mentions.Select(m => (m.Actor.Name, m.Kind)).ShouldBe([
            ("Recep Tayyip Erdoğan", ActorMentionKind.Name),
            ("Vladimir Putin", ActorMentionKind.Title),
            ("Turkey", ActorMentionKind.Capital),
        ]);
    }

    [Fact]
    public void Recognize_reads_a_name_after_a_title_with_a_complement()
    {
        var mentions = RecognizeMentions("Ha parlato la portavoce del ministero degli Esteri Maria Zakharova.");
        var zakharova = mentions.ShouldHaveSingleItem();
        zakharova.Actor.Name.ShouldBe("Maria Zakharova");
        zakharova.Actor.Role.ShouldBe("portavoce del ministero degli Esteri");
        zakharova.Kind.ShouldBe(ActorMentionKind.IntroducedPerson);
    }

    [Fact]
    public void Recognize_does_not_resolve_indefinite_former_or_unqualified_generic_titles()
    {
        var day = new DateOnly(2024, 5, 1);
        Recognize("Putin ha parlato. Un leader deve decidere.", published: day).Select(m => m.Kind).ShouldBe([ActorMentionKind.Name]);
        Recognize("Putin spoke. The Republican leader disagreed.", "en", day).Select(m => m.Kind).ShouldBe([ActorMentionKind.Name]);
        Recognize("Biden spoke. A former American president objected.", "en", day)
            .ShouldBe([("Biden", "Joe Biden", ActorMentionKind.Name), ("American", "United States", ActorMentionKind.Demonym)]);
        Recognize("Putin ha parlato. Il presidente della società ha risposto.", published: day).Select(m => m.Kind).ShouldBe([ActorMentionKind.Name]);
    }

    [Fact]
    public void Recognize_resolves_a_bare_title_only_when_one_person_fits()
    {
        var day = new DateOnly(2024, 5, 1);
        Recognize("Erdoğan ha ricevuto la premier Giorgia Meloni. Il premier ha ringraziato.", published: day)
            .Select(m => m.Actor).ShouldBe(["Recep Tayyip Erdoğan", "Giorgia Meloni", "Giorgia Meloni"]);
        Recognize("Putin ha ricevuto Lukashenko. Il presidente ha parlato.", published: day)
            .Select(m => m.Actor).ShouldBe(["Vladimir Putin", "Alexander Lukashenko"]);
    }

    [Fact]
    public void Recognize_keeps_hyphenated_names_whole()
    {
        RecognizeMentions("Il viceministro è stato ricevuto dal ministro degli Esteri Kim Hong-kyun.")
            .ShouldHaveSingleItem().Actor.Name.ShouldBe("Kim Hong-kyun");
        RecognizeMentions("Syrian Foreign Minister Asaad al-Shaibani spoke.", "en")
            .ShouldHaveSingleItem().Actor.Name.ShouldBe("Asaad al-Shaibani");
    }

    [Fact]
    public void Recognize_does_not_take_a_surname_out_of_someone_elses_name()
    {
        Recognize("Ieri Mary Trump Whitaker ha scritto un libro.").ShouldBeEmpty();
        Recognize("Ieri Trump ha scritto.").Select(m => m.Actor).ShouldBe(["Donald Trump"]);
    }

    [Fact]
    public void Recognize_introduces_a_person_in_apposition_closed_by_a_comma()
    {
        var mentions = RecognizeMentions("Anna Kowalska Nowak, ministra degli Esteri polacca, ha criticato Mosca. La ministra ha poi lasciato la sala.");
        mentions.Select(m => (m.Actor.Name, m.Kind)).ShouldBe([
            ("Anna Kowalska Nowak", ActorMentionKind.IntroducedPerson),
            ("Russia", ActorMentionKind.Capital),
            ("Anna Kowalska Nowak", ActorMentionKind.Title),
        ]);
        mentions[0].Actor.Country.ShouldBe("POL");
    }

    [Fact]
    public void Recognize_does_not_take_a_title_case_headline_verb_for_a_name()
    {
        Recognize("Russian President Meets Turkish Leader", "en", new DateOnly(2024, 5, 1), heading: true).ShouldBe([
            ("Russian President", "Vladimir Putin", ActorMentionKind.Title),
            ("Turkish Leader", "Recep Tayyip Erdoğan", ActorMentionKind.Title),
        ]);
    }

    [Fact]
    public void Recognize_resolves_titles_scoped_by_a_phrase_after_them()
    {
        RecognizeMentions("The president of Belarus spoke.", "en", new DateOnly(2024, 5, 1))
            .ShouldHaveSingleItem().Actor.Name.ShouldBe("Alexander Lukashenko");
        var lavrov = RecognizeMentions("Russia's foreign minister Sergei Lavrov arrived. Lavrov then left.", "en");
        lavrov.Select(m => (m.Actor.Name, m.Actor.Country, m.Kind)).ShouldBe([
            ("Sergei Lavrov", "RUS", ActorMentionKind.IntroducedPerson),
            ("Sergei Lavrov", "RUS", ActorMentionKind.Surname),
        ]);
    }

    [Fact]
    public void Recognize_reads_the_head_of_an_institution_as_its_office()
    {
        var day = new DateOnly(2025, 3, 1);
        Recognize("Il capo della Casa Bianca ha parlato.", published: day).ShouldBe([("capo della Casa Bianca", "Donald Trump", ActorMentionKind.Title)]);
        Recognize("L'inquilino del Cremlino ha taciuto.", published: day).ShouldBe([("inquilino del Cremlino", "Vladimir Putin", ActorMentionKind.Title)]);
        // Nobody in the test catalogue is Italy's foreign minister: the institution stays the state.
        Recognize("Il titolare della Farnesina ha convocato l'ambasciatore.", published: day).ShouldBe([("Farnesina", "Italy", ActorMentionKind.Metonym)]);
    }

    [Fact]
    public void Recognize_does_not_cut_a_title_out_of_a_longer_one()
    {
        Recognize("Turkish Chief Cabinet Secretary spoke.", "en", new DateOnly(2024, 5, 1))
            .ShouldBe([("Turkish", "Turkey", ActorMentionKind.Demonym)]);
    }

    [Fact]
    public void Recognize_reads_a_name_set_off_by_a_comma_after_its_title()
    {
        Recognize("Il presidente della Russia, Vladimir Putin, ha parlato.").ShouldBe([
            ("presidente della Russia, Vladimir Putin", "Vladimir Putin", ActorMentionKind.Name),
        ]);
        var mention = RecognizeMentions("Ha risposto il ministro degli Esteri turco, Hakan Fidan.").ShouldHaveSingleItem();
        (mention.Actor.Name, mention.Actor.Country, mention.Kind).ShouldBe(("Hakan Fidan", "TUR", ActorMentionKind.IntroducedPerson));
        // The comma follows a complement of someone else: the name is the sister's, not the president's.
        Recognize("La sorella del presidente, Anna Maria Rossi, ha parlato.").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_is_conservative_with_unknown_single_words_after_titles()
    {
        Recognize("The Premier League resumed and Chief Justice Anna Bell spoke.", "en", new DateOnly(2024, 5, 1)).ShouldBeEmpty();
        RecognizeMentions("Il premier Kowalczyk ha parlato. Kowalczyk ha poi lasciato Varsavia.")
            .Select(m => (m.Actor.Name, m.Kind)).ShouldBe([
                ("Kowalczyk", ActorMentionKind.IntroducedPerson),
                ("Kowalczyk", ActorMentionKind.Surname),
                ("Poland", ActorMentionKind.Capital),
            ]);
    }

    [Fact]
    public void Recognize_reads_the_italian_head_of_state_by_default()
    {
        RecognizeMentions("Il presidente della Repubblica Sergio Mattarella ha firmato.")
            .ShouldHaveSingleItem().Actor.Role.ShouldBe("presidente della Repubblica");
    }

    [Fact]
    public void Recognize_skips_names_used_as_prefixed_adjectives()
    {
        Recognize("Pro-Kremlin bloggers and anti-American protesters met; Russia-Ukraine talks went on.", "en")
            .Select(m => m.Actor).ShouldBe(["Russia", "Ukraine"]);
        Recognize("Russia-Ukraine talks went on.", "en").Select(m => m.Actor).ShouldBe(["Russia", "Ukraine"]);
    }

    [Fact]
    public void Recognize_finds_the_surname_of_a_catalogue_person_named_earlier()
    {
        Recognize("Giorgia Meloni è arrivata. Meloni ha poi parlato.")
            .ShouldBe([("Giorgia Meloni", "Giorgia Meloni", ActorMentionKind.Name), ("Meloni", "Giorgia Meloni", ActorMentionKind.Surname)]);
        Recognize("Meloni ha parlato.").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_skips_a_state_name_inside_a_longer_proper_name()
    {
        Recognize("Delegates met at the Ukraine Recovery Conference near the Washington Monument.", "en").ShouldBeEmpty();
        Recognize("Ukraine President Volodymyr Zelensky spoke to the US Congress.", "en")
            .Select(m => m.Actor).ShouldBe(["Volodymyr Zelensky", "United States"]);
        Recognize("Russia Strikes Ukraine Again", "en", heading: true).Select(m => m.Actor).ShouldBe(["Russia", "Ukraine"]);
    }
}
