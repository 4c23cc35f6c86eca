using Graph.Domain.Events;
using Graph.Extraction.Cues;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Cues;

public sealed class CueLexiconTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public void Load_compiles_cues_for_all_twenty_types(string language)
    {
        var lexicon = CueLexicon.Load(language);

        lexicon.Patterns.Select(p => p.Type).Distinct().Count().ShouldBe(Enum.GetValues<EventType>().Length);
    }

    [Fact]
    public void FindAll_matches_a_verb_phrase_with_words_in_between()
    {
        var lexicon = CueLexicon.Compile("it", new Dictionary<string, List<string>> { ["CONCERN"] = ["@esprimere ~ preoccupazione"] },
            new Dictionary<string, Dictionary<string, string>> { ["esprimere"] = new() { ["pp"] = "espress" } });
        string[] words = ["l'", "ue", "ha", "espresso", "la", "sua", "preoccupazione"];

        var match = lexicon.FindAll(words, _ => false).ShouldHaveSingleItem();

        match.Type.ShouldBe(EventType.CONCERN);
        match.Tokens.ShouldBe([3, 6]);
        match.Form.ShouldBe(VerbForm.Participle);
    }

    [Fact]
    public void Compile_rejects_an_unknown_type_with_a_clear_message()
    {
        var ex = Should.Throw<InvalidOperationException>(() => CueLexicon.Compile("it", new Dictionary<string, List<string>> { ["HUG"] = ["abbracciare"] }, null));

        ex.Message.ShouldContain("HUG");
    }
}
