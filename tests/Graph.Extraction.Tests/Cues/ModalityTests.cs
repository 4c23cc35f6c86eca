using Shouldly;
using Xunit;
using static Graph.Extraction.Tests.Pipeline.Extractors;

namespace Graph.Extraction.Tests.Cues;

/// <summary>Events that are only proposed or aimed at are not reported as having happened.</summary>
public sealed class ModalityTests
{
    [Fact]
    public void A_ceasefire_someone_was_urged_to_consider_is_not_an_agreement()
    {
        var result = Extract("Ieri Macron ha incontrato Scholz e lo ha esortato a valutare una tregua per favorire i negoziati con la Russia.", Day(2025, 3, 3));

        result.Triples().ShouldNotContain(t => t.Contains(" AGREE ", StringComparison.Ordinal) || t.Contains(" NEGOTIATE ", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_a_leader_urged_others_to_open_are_not_talks_held()
    {
        var result = Extract("Macron on Monday urged Germany to open negotiations with Russia.", Day(2025, 3, 4));

        result.Triples().ShouldNotContain(t => t.Contains(" NEGOTIATE ", StringComparison.Ordinal));
    }
}
