using Graph.Extraction.Language;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Language;

public sealed class StopWordLanguageIdentifierTests
{
    private static readonly StopWordLanguageIdentifier Identifier = new();

    [Theory]
    [InlineData("Il ministro degli Esteri ha detto che la delegazione partirà per il vertice di domani.", "it")]
    [InlineData("The foreign minister said that the delegation would leave for the summit on Monday.", "en")]
    [InlineData("Le ministre a déclaré que la délégation partira pour le sommet dans la journée.", "fr")]
    [InlineData("Der Minister sagte, dass die Delegation nicht mit dem Gipfel zufrieden ist.", "de")]
    [InlineData("Tregua violata, colpiti villaggi", "it")]
    [InlineData("Ceasefire holds along border", "en")]
    public void Identify_names_the_language_of_the_text(string text, string expected)
    {
        Identifier.Identify(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 !!! ???")]
    [InlineData("Ok")]
    public void Identify_returns_null_when_the_text_gives_too_little(string text)
    {
        Identifier.Identify(text).ShouldBeNull();
    }
}
