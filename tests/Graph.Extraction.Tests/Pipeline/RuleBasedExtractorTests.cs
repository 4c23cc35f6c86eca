using Graph.Domain.Events;
using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Pipeline;

public sealed class RuleBasedExtractorTests
{
    [Fact]
    public void Extract_finds_a_meeting_with_host_as_source_and_its_written_date()
    {
        var result = Extract("Il 14 marzo 2025 il presidente Emmanuel Macron ha ricevuto a Parigi il cancelliere Olaf Scholz per una cena di lavoro.");

        result.Triples().ShouldBe(["Emmanuel Macron MEET Olaf Scholz 2025-03-14"]);
        result.Events[0].Place.ShouldBe("Parigi");
    }

    [Fact]
    public void Extract_reads_the_passive_voice_with_the_agent_as_source()
    {
        var result = Extract("Olaf Scholz è stato ricevuto ieri all'Eliseo da Emmanuel Macron.", Day(2025, 4, 2));

        result.Triples().ShouldBe(["Emmanuel Macron MEET Olaf Scholz 2025-04-01"]);
    }

    [Fact]
    public void Extract_reads_an_english_passive()
    {
        var result = Extract("Olaf Scholz was received by Emmanuel Macron in Paris on Tuesday.", Day(2025, 4, 3));

        result.Triples().ShouldBe(["Emmanuel Macron MEET Olaf Scholz 2025-04-01"]);
    }

    [Fact]
    public void Extract_makes_one_symmetric_event_for_a_coordinated_subject()
    {
        var result = Extract("Macron e Scholz hanno firmato oggi un accordo sulla difesa comune.", Day(2025, 5, 9));

        result.Triples().ShouldBe(["Emmanuel Macron AGREE Olaf Scholz 2025-05-09"]);
    }

    [Fact]
    public void Extract_makes_two_events_for_a_coordinated_object()
    {
        var result = Extract("Erdogan ha incontrato ieri Macron e Scholz ad Ankara.", Day(2025, 5, 9));

        result.Triples().ShouldBe(["Recep Tayyip Erdogan MEET Emmanuel Macron 2025-05-08", "Recep Tayyip Erdogan MEET Olaf Scholz 2025-05-08"]);
    }

    [Fact]
    public void Extract_reads_a_nominal_cue_with_tra()
    {
        var result = Extract("L'incontro tra Macron e Scholz si è svolto ieri a Berlino.", Day(2025, 6, 11));

        result.Triples().ShouldBe(["Emmanuel Macron MEET Olaf Scholz 2025-06-10"]);
    }

    [Fact]
    public void Extract_reads_a_phone_call_with_con()
    {
        var result = Extract("Macron ha avuto ieri sera una telefonata con Putin.", Day(2025, 6, 11));

        result.Triples().ShouldBe(["Emmanuel Macron PHONE_CALL Vladimir Putin 2025-06-10"]);
    }

    [Fact]
    public void Extract_reads_an_english_phone_call_between_two_leaders()
    {
        var result = Extract("The phone call between Macron and Scholz lasted an hour, officials said on Monday.", Day(2025, 6, 11));

        result.Triples().ShouldBe(["Emmanuel Macron PHONE_CALL Olaf Scholz 2025-06-09"]);
    }

    [Fact]
    public void Extract_finds_the_target_of_sanctions_after_a_preposition()
    {
        var result = Extract("L'Unione Europea ha imposto nuove sanzioni nei confronti della Russia.");

        result.Triples().ShouldBe(["European Union SANCTION Russia -"]);
    }

    [Fact]
    public void Extract_finds_english_sanctions_on_a_state()
    {
        var result = Extract("The EU imposed sanctions on Iran over its drone exports.");

        result.Triples().ShouldBe(["European Union SANCTION Iran -"]);
    }

    [Fact]
    public void Extract_reads_a_multiword_concern_cue_with_words_in_between()
    {
        var result = Extract("La Francia ha espresso ancora una volta la sua profonda preoccupazione per l'Iran.");

        result.Triples().ShouldBe(["France CONCERN Iran -"]);
    }

    [Theory]
    [InlineData("Macron non ha incontrato Scholz.")]
    [InlineData("Macron potrebbe incontrare Scholz la prossima settimana.")]
    [InlineData("Macron did not meet Scholz.")]
    [InlineData("Macron could meet Scholz next month.")]
    [InlineData("Putin ha rifiutato di colpire Kiev.")]
    public void Extract_yields_nothing_for_negated_or_hypothetical_events(string text)
    {
        Extract(text, Day(2025, 1, 10)).Events.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_keeps_a_reported_attack_as_alleged_with_lower_confidence()
    {
        var plain = Extract("La Russia ha attaccato l'Ucraina.").Events.ShouldHaveSingleItem();
        var alleged = Extract("Secondo Kiev, la Russia ha attaccato l'Ucraina.").Events.ShouldHaveSingleItem();

        alleged.Alleged.ShouldBeTrue();
        plain.Alleged.ShouldBeFalse();
        alleged.Confidence.ShouldBeLessThan(plain.Confidence);
    }

    [Theory]
    [InlineData("Il presidente Macron incontrerà il cancelliere Scholz a Berlino la settimana prossima.")]
    [InlineData("Macron will meet Scholz in Berlin.")]
    [InlineData("Macron e Scholz hanno concordato un prossimo incontro a Berlino.")]
    public void Extract_turns_announced_meetings_into_intend_meet(string text)
    {
        Extract(text).Events.ShouldHaveSingleItem().Type.ShouldBe(EventType.INTEND_MEET);
    }

    [Fact]
    public void Extract_points_a_denial_at_the_accuser_rather_than_a_later_critic()
    {
        var result = Extract("Il cancelliere Olaf Scholz ha accusato Mosca di aver bombardato un ospedale. "
            + "Il presidente Emmanuel Macron ha condannato la Russia per il raid. Il Cremlino ha negato ogni coinvolgimento.");

        result.Triples().Where(t => t.Contains(" DENY ", StringComparison.Ordinal)).ShouldBe(["Russia DENY Olaf Scholz -"]);
    }

    [Fact]
    public void Extract_points_a_denial_in_the_accusers_own_sentence_at_the_accuser()
    {
        var result = Extract("Il cancelliere Olaf Scholz ha accusato le forze russe di aver violato la tregua in Ucraina, accusa respinta dal Cremlino.");

        result.Triples().Where(t => t.Contains(" DENY ", StringComparison.Ordinal)).ShouldBe(["Russia DENY Olaf Scholz -"]);
    }

    [Fact]
    public void Extract_points_a_second_denial_at_the_accuser_the_first_one_answered()
    {
        var result = Extract("Poland accused Moscow of sending drones over its territory. The Kremlin denied the reports. Minsk also dismissed the allegations as groundless.");

        result.Triples().Where(t => t.Contains(" DENY ", StringComparison.Ordinal)).ShouldBe(["Russia DENY Poland -", "Belarus DENY Poland -"]);
    }

    [Fact]
    public void Extract_dates_a_present_tense_welcome_on_the_publication_day_not_on_the_day_of_the_deal_it_welcomes()
    {
        var result = Extract("La Francia accoglie con grande favore l'intesa raggiunta ieri a Istanbul tra Russia e Ucraina.", Day(2025, 5, 17));

        result.Triples().ShouldContain("France SUPPORT Russia 2025-05-17");
        result.Triples().ShouldNotContain("France SUPPORT Russia 2025-05-16");
    }

    [Fact]
    public void Extract_points_a_denial_at_the_accuser()
    {
        var result = Extract("Mosca ha accusato Kiev di aver colpito una centrale. Kiev smentisce ogni responsabilità.");

        result.Triples().ShouldBe(["Russia ACCUSE Ukraine -", "Ukraine DENY Russia -"]);
    }

    [Fact]
    public void Extract_carries_a_dropped_italian_subject_from_the_previous_sentence()
    {
        var result = Extract("Scholz è arrivato a Varsavia in mattinata. Ha poi criticato duramente la Russia.");

        result.Triples().ShouldBe(["Olaf Scholz CRITICIZE Russia -"]);
    }

    [Fact]
    public void Extract_resolves_he_to_the_last_person_named_as_subject()
    {
        var result = Extract("Scholz spoke to reporters in Berlin. He urged Russia to withdraw its troops.");

        result.Triples().ShouldBe(["Olaf Scholz APPEAL Russia -"]);
    }

    [Fact]
    public void Extract_swaps_prisoners_in_both_directions()
    {
        var result = Extract("Russia and Ukraine swapped 150 prisoners of war yesterday.", Day(2025, 2, 6));

        result.Triples().ShouldBe(["Russia RELEASE Ukraine 2025-02-05", "Ukraine RELEASE Russia 2025-02-05"]);
    }

    [Fact]
    public void Extract_keeps_one_event_per_meeting_with_every_mention()
    {
        var result = Extract("Macron ha incontrato Scholz il 3 marzo 2025 a Berlino. L'incontro tra Macron e Scholz è durato tre ore.");

        var meeting = result.Events.ShouldHaveSingleItem();
        meeting.Date.Iso.ShouldBe("2025-03-03");
        meeting.Mentions.Length.ShouldBe(2);
    }

    [Fact]
    public void Extract_does_not_let_a_heading_create_an_undated_duplicate()
    {
        var text = "Vertice a Berlino: incontro tra Macron e Scholz\n\nMacron ha incontrato ieri Scholz a Berlino per discutere di difesa.";

        var result = Extract(text, Day(2025, 3, 4));

        result.Triples().ShouldBe(["Emmanuel Macron MEET Olaf Scholz 2025-03-03"]);
    }

    [Fact]
    public void Extract_explains_every_event_with_cue_rule_and_resolutions()
    {
        var e = Extract("Il Cremlino ha condannato le sanzioni dell'Unione Europea.").Events.ShouldHaveSingleItem();

        e.Evidence.ShouldNotBeNull();
        e.Evidence.Cue.ShouldBe("ha condannato");
        e.Evidence.Rule.ShouldStartWith("it.verb.");
        e.Evidence.Resolutions.ShouldContain(r => r.Contains("Cremlino", StringComparison.Ordinal));
        e.Confidence.ShouldBeInRange(0.0, 1.0);
    }

    [Fact]
    public void Extract_warns_and_extracts_nothing_from_another_language()
    {
        var result = Extract("Le président Macron a rencontré le chancelier Scholz à Berlin pour parler de la défense européenne et des sanctions.");

        result.Events.ShouldBeEmpty();
        result.Warnings.ShouldContain(w => w.Contains("'fr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_uses_the_dateline_when_metadata_has_no_date()
    {
        var result = Extract("Varsavia, 12 febbraio 2025 – La Polonia ha espulso ieri tre diplomatici russi accusati di spionaggio.");

        result.Triples().ShouldBe(["Poland REDUCE_RELATIONS Russia 2025-02-11"]);
    }
}
