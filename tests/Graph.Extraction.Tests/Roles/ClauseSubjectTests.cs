using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Roles;

/// <summary>The subject of a verb comes from its own clause, not from a complement or quotation nearer to it.</summary>
public sealed class ClauseSubjectTests
{
    [Fact]
    public void A_coordinated_warning_keeps_the_speaker_rather_than_the_actor_of_the_complement_clause()
    {
        var result = Extract("Il presidente francese Emmanuel Macron, che ha ribadito che la Germania non è coinvolta, ha poi parlato e ha avvertito la Russia che ogni provocazione avrà conseguenze.", Day(2025, 3, 3));

        result.Triples().ShouldNotContain(t => t.StartsWith("Germany THREATEN", StringComparison.Ordinal));
        result.Triples().ShouldContain(t => t.StartsWith("Emmanuel Macron THREATEN Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trailing_warning_takes_the_subject_of_the_main_clause_not_the_nearest_actor()
    {
        var result = Extract("Poland summoned Russia's ambassador on Monday over the incursions, warning that Warsaw would respond firmly.", Day(2025, 3, 3));

        result.Triples().ShouldNotContain(t => t.StartsWith("Russia THREATEN", StringComparison.Ordinal));
        result.Triples().ShouldContain(t => t.StartsWith("Poland THREATEN Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trailing_accusation_after_a_quote_belongs_to_the_speaker_not_to_the_actor_quoted()
    {
        var result = Extract("\"Russia's shelling of our towns is no answer to peace,\" Chancellor Olaf Scholz said, accusing Moscow of targeting hospitals.", Day(2025, 3, 3));

        result.Triples().ShouldContain(t => t.StartsWith("Olaf Scholz ACCUSE Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void An_object_clitic_points_back_to_the_person_just_met_not_to_an_actor_later_in_the_clause()
    {
        var result = Extract("Ieri Macron ha incontrato Scholz e lo ha esortato a trattare con la Russia.", Day(2025, 3, 3));

        result.Triples().ShouldContain("Emmanuel Macron APPEAL Olaf Scholz 2025-03-02");
        result.Triples().ShouldNotContain(t => t.StartsWith("Emmanuel Macron APPEAL Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_sides_are_the_two_sides_of_the_armed_conflict_not_the_last_pair_named()
    {
        var result = Extract("Ieri la Russia ha attaccato l'Ucraina con decine di missili. La Francia ha criticato la Germania per la lentezza degli aiuti. L'Unione Europea ha esortato entrambe le parti alla moderazione.", Day(2025, 3, 3));

        result.Triples().ShouldContain(t => t.StartsWith("European Union APPEAL Russia", StringComparison.Ordinal));
        result.Triples().ShouldContain(t => t.StartsWith("European Union APPEAL Ukraine", StringComparison.Ordinal));
        result.Triples().ShouldNotContain(t => t.StartsWith("European Union APPEAL France", StringComparison.Ordinal));
    }

    [Fact]
    public void Accusations_rejected_by_someone_make_that_someone_the_denier_of_the_accuser()
    {
        var result = Extract("Ieri la Russia ha condannato la Francia. Accuse respinte da Macron.", Day(2025, 3, 3));

        result.Triples().ShouldContain(t => t.StartsWith("Emmanuel Macron DENY Russia", StringComparison.Ordinal));
    }
}
