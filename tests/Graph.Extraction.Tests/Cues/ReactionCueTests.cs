using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Cues;

/// <summary>Verb families a news writer uses for criticism and threats, in both languages.</summary>
public sealed class ReactionCueTests
{
    [Fact]
    public void Calling_an_act_a_provocation_is_criticism_of_whoever_did_it()
    {
        var result = Extract("Poland on Tuesday called the Russian drills a provocation.", Day(2025, 3, 5));

        result.Triples().ShouldContain("Poland CRITICIZE Russia 2025-03-04");
    }

    [Fact]
    public void Definire_illegale_is_criticism()
    {
        var result = Extract("La Germania ha definito ieri illegale l'attacco russo contro Kiev.", Day(2025, 3, 5));

        result.Triples().ShouldContain("Germany CRITICIZE Russia 2025-03-04");
    }

    [Fact]
    public void Giurare_vendetta_is_a_threat()
    {
        var result = Extract("Il Cremlino ha giurato vendetta contro la Polonia.", Day(2025, 3, 5));

        result.Triples().ShouldContain(t => t.StartsWith("Russia THREATEN Poland", StringComparison.Ordinal));
    }

    [Fact]
    public void Lashing_out_at_someone_is_criticism()
    {
        var result = Extract("Macron lashed out at Moscow on Monday.", Day(2025, 3, 5));

        result.Triples().ShouldContain("Emmanuel Macron CRITICIZE Russia 2025-03-03");
    }
}
