using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>How an event without a date of its own takes one from the story around it, and when it does not.</summary>
public sealed class NarrativeDateTests
{
    [Fact]
    public void Extract_ignores_a_date_that_belongs_to_a_trailing_relative_clause()
    {
        var text = "Macron ha incontrato ieri Scholz a Parigi.\n\n"
            + "In serata la Francia ha criticato la Russia, come annunciato dal comunicato diffuso lunedì scorso.";
        var result = Extract(text, Day(2025, 3, 14));

        result.Triples().ShouldContain("France CRITICIZE Russia 2025-03-13");
    }

    [Fact]
    public void Extract_resolves_a_same_day_phrase_against_the_day_the_story_told_even_without_an_event()
    {
        var text = "Il 4 febbraio 2025 si è aperto a Varsavia il vertice sulla sicurezza.\n\n"
            + "In mattinata Macron ha incontrato Scholz a margine dei lavori.";
        var result = Extract(text, Day(2025, 2, 6));

        result.Triples().ShouldContain("Emmanuel Macron MEET Olaf Scholz 2025-02-04");
    }

    [Fact]
    public void Extract_does_not_let_a_flashback_move_the_story_day()
    {
        var text = "Scholz ha incontrato ieri Macron a Berlino.\n\n"
            + "Il giorno prima Scholz aveva sentito al telefono Erdogan. In serata Macron ha criticato la Russia.";
        var result = Extract(text, Day(2025, 5, 21));

        result.Triples().ShouldContain("Emmanuel Macron CRITICIZE Russia 2025-05-20");
    }

    [Fact]
    public void Extract_gives_a_present_tense_same_day_report_the_publication_day()
    {
        var result = Extract("L'Eliseo ha ricevuto ieri la delegazione. In serata la Francia condanna la Russia per i raid.", Day(2025, 4, 9));

        result.Triples().ShouldContain("France CRITICIZE Russia 2025-04-09");
    }

    [Fact]
    public void Extract_lets_a_date_opening_a_long_sentence_cover_its_later_verbs()
    {
        var text = "Ieri i ministri degli Esteri della Francia hanno diffuso una lunga nota congiunta sulle infrastrutture civili colpite dai raid notturni in diverse regioni, esortando la Russia a fermare gli attacchi.";
        var result = Extract(text, Day(2025, 7, 2));

        result.Triples().ShouldContain("France APPEAL Russia 2025-07-01");
    }

    [Fact]
    public void Extract_carries_the_story_day_to_a_past_event_in_the_next_paragraph()
    {
        var text = "Il 3 marzo 2025 si sono aperti a Ginevra i colloqui sul nucleare.\n\n"
            + "Ad aprire la sessione è stato Macron, che ha esortato l'Iran a collaborare.";
        var result = Extract(text, Day(2025, 3, 5));

        result.Triples().ShouldContain("Emmanuel Macron APPEAL Iran 2025-03-03");
    }

    [Fact]
    public void Extract_leaves_a_pluperfect_background_event_undated()
    {
        var text = "Il 3 marzo 2025 si sono aperti a Ginevra i colloqui sul nucleare.\n\n"
            + "Macron aveva criticato l'Iran per il programma missilistico.";
        var result = Extract(text, Day(2025, 3, 5));

        result.Triples().ShouldContain("Emmanuel Macron CRITICIZE Iran -");
    }

    [Fact]
    public void Extract_dates_what_happened_in_the_days_after_an_event_by_its_month()
    {
        var text = "Poland said Russian drones crossed its border last month, and Warsaw accused Moscow of the raid. "
            + "In the days after the raid, Poland expelled Russian diplomats.";
        var result = Extract(text, Day(2025, 10, 8));

        result.Triples().ShouldContain("Poland REDUCE_RELATIONS Russia 2025-09");
    }
}
