using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Roles;

/// <summary>A quotation opening the sentence is what the speaker named after it said.</summary>
public sealed class QuoteSpeakerTests
{
    [Fact]
    public void A_verb_inside_an_English_quote_has_the_speaker_after_it_as_source()
    {
        var result = Extract("Drones hit a city in Ukraine overnight. \"We firmly condemn Russia for this cowardly strike,\" French President Emmanuel Macron said on Friday.", Day(2025, 3, 8));

        result.Triples().ShouldContain(t => t.StartsWith("Emmanuel Macron CRITICIZE Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_inside_an_Italian_quote_with_a_dropped_subject_has_the_speaker_as_source()
    {
        var result = Extract("Droni hanno colpito una città ucraina nella notte. \"Condanniamo con fermezza la Russia per questo attacco\", ha dichiarato venerdì Emmanuel Macron.", Day(2025, 3, 8));

        result.Triples().ShouldContain(t => t.StartsWith("Emmanuel Macron CRITICIZE Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_inside_the_quote_is_not_the_speakers_act()
    {
        var result = Extract("\"Any aggression against Belarus will be an attack on all of us,\" Vladimir Putin said on Friday.", Day(2025, 3, 8));

        result.Triples().ShouldNotContain(t => t.StartsWith("Vladimir Putin ATTACK", StringComparison.Ordinal));
    }
}
