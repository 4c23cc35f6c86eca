using Graph.Extraction.Cues;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Cues;

public sealed class InflectorTests
{
    [Theory]
    [InlineData("incontrare", "incontrato", VerbForm.Participle)]
    [InlineData("incontrare", "incontrò", VerbForm.Past)]
    [InlineData("incontrare", "incontrerà", VerbForm.Future)]
    [InlineData("incontrare", "incontrerebbe", VerbForm.Conditional)]
    [InlineData("attaccare", "attaccheranno", VerbForm.Future)]
    [InlineData("minacciare", "minaccerà", VerbForm.Future)]
    [InlineData("ricevere", "ricevuto", VerbForm.Participle)]
    [InlineData("colpire", "colpiscono", VerbForm.Present)]
    [InlineData("colpire", "colpendo", VerbForm.Gerund)]
    public void Italian_generates_forms_from_the_lemma(string lemma, string form, VerbForm expected)
    {
        Inflector.Italian(lemma)[form].HasFlag(expected).ShouldBeTrue();
    }

    [Fact]
    public void Italian_adds_irregular_participles_from_data()
    {
        var forms = Inflector.Italian("accogliere", new Dictionary<string, string> { ["pp"] = "accolt", ["past"] = "accolse" });

        forms["accolto"].ShouldBe(VerbForm.Participle);
        forms["accolte"].ShouldBe(VerbForm.Participle);
        forms["accolse"].ShouldBe(VerbForm.Past);
    }

    [Theory]
    [InlineData("host", "hosted")]
    [InlineData("deny", "denied")]
    [InlineData("deny", "denies")]
    [InlineData("release", "releasing")]
    [InlineData("agree", "agreed")]
    [InlineData("criticise", "criticised")]
    public void English_generates_regular_forms(string lemma, string form)
    {
        Inflector.English(lemma).ShouldContainKey(form);
    }

    [Fact]
    public void English_irregular_past_replaces_the_regular_one()
    {
        var forms = Inflector.English("meet", new Dictionary<string, string> { ["past"] = "met", ["pp"] = "met" });

        forms.ShouldContainKey("met");
        forms.ShouldNotContainKey("meeted");
    }
}
