using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Roles;

/// <summary>Reactions whose object is an event or a that-clause rather than an actor.</summary>
public sealed class ReactionTargetTests
{
    [Fact]
    public void Condemning_drills_reported_earlier_targets_whoever_held_them()
    {
        var result = Extract("Ieri la Russia ha condotto vaste esercitazioni al confine con la Polonia. Varsavia ha condannato le manovre come una provocazione.", Day(2025, 3, 3));

        result.Triples().ShouldContain("Poland CRITICIZE Russia 2025-03-02");
    }

    [Fact]
    public void Condemning_drills_whose_owner_the_sentence_names_targets_that_owner()
    {
        var result = Extract("Poland on Friday condemned the Russian drills near its border.", Day(2025, 3, 8));

        result.Triples().ShouldContain("Poland CRITICIZE Russia 2025-03-07");
    }

    [Fact]
    public void A_warning_with_no_addressee_answers_the_side_that_acted_against_the_speaker()
    {
        var result = Extract("L'Unione Europea ha imposto ieri nuove sanzioni alla Russia. Il Cremlino ha avvertito che Mosca risponderà con contromisure.", Day(2025, 3, 3));

        result.Triples().ShouldContain(t => t.StartsWith("Russia THREATEN European Union", StringComparison.Ordinal));
    }
}
