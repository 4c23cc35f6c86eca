using System.Text;
using Graph.Extraction.Reading;
using Graph.Extraction.Reading.Formats;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Reading.Formats;

public sealed class TextArticleReaderTests
{
    private static readonly TextArticleReader Reader = new();

    private static Graph.Domain.Articles.Article ReadOne(string text, string path = "notizia.txt") =>
        Reader.Read(path, Encoding.UTF8.GetBytes(text)).ShouldHaveSingleItem();

    [Fact]
    public void Front_matter_gives_title_date_source_url_and_language()
    {
        var article = ReadOne("""
            ---
            title: "Il ministro degli Esteri incontra l’omologo turco"
            published: 2025-03-14
            source: Gazzetta del Lago
            url: https://example.org/esteri/incontro
            language: it
            ---
            Il ministro degli Esteri ha incontrato ieri ad Ankara l’omologo turco.

            I due hanno discusso della crisi nel Mar Nero.
            """);

        article.Title.ShouldBe("Il ministro degli Esteri incontra l’omologo turco");
        article.Published.ShouldBe(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.Zero));
        article.PublishedHasTime.ShouldBeFalse();
        article.PublishedDate.ShouldBe(new DateOnly(2025, 3, 14));
        article.Source.ShouldBe("Gazzetta del Lago");
        article.Url.ShouldBe("https://example.org/esteri/incontro");
        article.Language.ShouldBe("it");
        article.File.ShouldBe("notizia.txt");
        article.Text.ShouldBe("Il ministro degli Esteri ha incontrato ieri ad Ankara l’omologo turco.\n\nI due hanno discusso della crisi nel Mar Nero.");
    }

    [Fact]
    public void Published_with_a_time_keeps_the_time_and_offset()
    {
        var article = ReadOne("---\npublished: 2025-03-14T21:45:00+01:00\n---\nThe talks ended late.\n");

        article.Published.ShouldBe(new DateTimeOffset(2025, 3, 14, 21, 45, 0, TimeSpan.FromHours(1)));
        article.PublishedHasTime.ShouldBeTrue();
        article.PublishedDate.ShouldBe(new DateOnly(2025, 3, 14));
    }

    [Fact]
    public void Without_front_matter_a_headline_first_line_is_the_title_and_stays_in_the_text()
    {
        var article = ReadOne("Ministers agree on a new grain corridor\n\nThe foreign ministers of both countries agreed on Monday to reopen the corridor.\n");

        article.Title.ShouldBe("Ministers agree on a new grain corridor");
        article.Text.ShouldStartWith("Ministers agree on a new grain corridor\n\nThe foreign ministers");
        article.Published.ShouldBeNull();
    }

    [Fact]
    public void A_first_line_that_ends_a_sentence_is_not_a_title()
    {
        var article = ReadOne("Il presidente ha ricevuto ieri l’ambasciatore.\nL’incontro è durato un’ora.\n");

        article.Title.ShouldBeNull();
    }

    [Fact]
    public void A_long_first_line_is_not_a_title()
    {
        var line = string.Join(' ', Enumerable.Repeat("parola", 40));
        ReadOne(line + "\nSeconda riga.\n").Title.ShouldBeNull();
    }

    [Fact]
    public void A_single_line_text_has_no_title()
    {
        ReadOne("Il vertice si terrà a Roma").Title.ShouldBeNull();
    }

    [Fact]
    public void Markdown_heading_gives_the_title_without_hashes()
    {
        var article = Reader.Read("pezzo.md", Encoding.UTF8.GetBytes("# Vertice a Roma\n\nI leader si sono incontrati.\n")).ShouldHaveSingleItem();

        article.Title.ShouldBe("Vertice a Roma");
        article.Text.ShouldStartWith("# Vertice a Roma");
    }

    [Fact]
    public void Typographic_quotes_and_apostrophes_are_kept_and_crlf_becomes_lf()
    {
        var article = ReadOne("Titolo d’apertura\r\n\r\n«Non c’è alcuna minaccia», ha detto. “Yes,” he said — it’s done.\r\n");

        article.Text.ShouldBe("Titolo d’apertura\n\n«Non c’è alcuna minaccia», ha detto. “Yes,” he said — it’s done.");
    }

    [Fact]
    public void The_same_text_with_crlf_or_lf_has_the_same_id()
    {
        ReadOne("Una riga.\r\nUn’altra riga.\r\n").Id.ShouldBe(ReadOne("Una riga.\nUn’altra riga.\n").Id);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Èlite al vertice.\n")];
        Reader.Read("bom.txt", bytes).ShouldHaveSingleItem().Text.ShouldBe("Èlite al vertice.");
    }

    [Fact]
    public void An_unclosed_front_matter_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => ReadOne("---\ntitle: Senza fine\nTesto dell’articolo.\n", "rotto.txt").ToString());
        ex.Message.ShouldBe("rotto.txt: front matter starts with '---' but has no closing '---' line");
    }

    [Fact]
    public void Invalid_yaml_front_matter_names_the_line()
    {
        var ex = Should.Throw<ArticleReadException>(() => ReadOne("---\ntitle: [non chiuso\n---\nTesto.\n", "yaml.txt").ToString());
        ex.Message.ShouldStartWith("yaml.txt: invalid YAML front matter at line ");
        ex.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_published_value_that_is_not_a_date_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => ReadOne("---\npublished: ieri sera\n---\nTesto.\n", "data.txt").ToString());
        ex.Message.ShouldStartWith("data.txt: front matter 'published' is 'ieri sera', not a date");
    }

    [Fact]
    public void Front_matter_without_body_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => ReadOne("---\ntitle: Solo titolo\n---\n\n", "vuoto.md").ToString());
        ex.Message.ShouldBe("vuoto.md: no article text after the front matter");
    }
}
