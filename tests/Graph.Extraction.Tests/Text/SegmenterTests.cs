using Graph.Extraction.Text;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Text;

public sealed class SegmenterTests
{
    private static readonly Segmenter Segmenter = new();

    [Fact]
    public void Segment_does_not_split_after_italian_and_english_abbreviations()
    {
        var sentences = Segmenter.Segment("Il sig. Rossi e l'on. Bianchi sono arrivati ca. alle dieci. The U.S. envoy met Gov. Smith on Jan. 5 in Washington. J. D. Vance spoke later.");

        sentences.Select(s => s.Text).ShouldBe([
            "Il sig. Rossi e l'on. Bianchi sono arrivati ca. alle dieci.",
            "The U.S. envoy met Gov. Smith on Jan. 5 in Washington.",
            "J. D. Vance spoke later.",
        ]);
    }

    [Fact]
    public void Segment_splits_elided_articles_into_their_own_tokens()
    {
        var tokens = Segmenter.Segment("L’incontro dell’UE ha creato un’alleanza.").Single().Tokens.Select(t => t.Text);

        tokens.ShouldBe(["L’", "incontro", "dell’", "UE", "ha", "creato", "un’", "alleanza", "."]);
    }

    [Fact]
    public void Segment_keeps_offsets_that_point_back_into_the_text()
    {
        const string text = "Primo paragrafo qui.\n\n«Secondo», disse Putin. Terza frase!";

        var sentences = Segmenter.Segment(text);

        foreach (var s in sentences)
        {
            text[s.Start..s.End].ShouldBe(s.Text);
            foreach (var t in s.Tokens) text[t.Start..t.End].ShouldBe(t.Text);
        }
        sentences.Select(s => s.Paragraph).ShouldBe([0, 1, 1]);
    }

    [Fact]
    public void Segment_marks_quotes_and_possessives()
    {
        var tokens = Segmenter.Segment("“Russia’s attack” was condemned, said \"Kyiv\".").Single().Tokens;

        tokens.Where(t => t.Kind == TokenKind.Quote).Select(t => t.Text).ShouldBe(["“", "”", "\"", "\""]);
        tokens.Select(t => t.Lower).ShouldContain("'s");
    }

    [Fact]
    public void Segment_treats_a_short_line_without_a_full_stop_as_a_heading()
    {
        var sentences = Segmenter.Segment("Vertice a Minsk tra i due presidenti\nIl presidente ha accolto l'ospite a Minsk. La visita è durata due giorni.");

        sentences[0].IsHeading.ShouldBeTrue();
        sentences.Skip(1).ShouldAllBe(s => !s.IsHeading);
    }

    [Fact]
    public void Segment_keeps_numbers_and_dates_whole()
    {
        var tokens = Segmenter.Segment("Il 3/3/2025 sono arrivati 1,9 miliardi e il 2025-09-27 altri.").Single().Tokens;

        tokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Text).ShouldBe(["3/3/2025", "1,9", "2025-09-27"]);
    }
}
