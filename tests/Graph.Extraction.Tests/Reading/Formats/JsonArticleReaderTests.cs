using System.Text;
using Graph.Extraction.Reading;
using Graph.Extraction.Reading.Formats;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Reading.Formats;

public sealed class JsonArticleReaderTests
{
    private static readonly JsonArticleReader Reader = new();

    private static IEnumerable<Graph.Domain.Articles.Article> Read(string json, string path = "pezzo.json") =>
        Reader.Read(path, Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Reads_every_field_of_the_object()
    {
        var article = Read("""
            {
              "title": "Seoul convoca l’ambasciatore",
              "text": "Il governo ha convocato l’ambasciatore.\r\n\r\nLa nota è arrivata in serata.",
              "published": "2024-10-21T09:30:00+09:00",
              "url": "https://example.org/seoul",
              "source": "Cronache d’Oriente",
              "language": "it"
            }
            """).ShouldHaveSingleItem();

        article.Title.ShouldBe("Seoul convoca l’ambasciatore");
        article.Text.ShouldBe("Il governo ha convocato l’ambasciatore.\n\nLa nota è arrivata in serata.");
        article.Published.ShouldBe(new DateTimeOffset(2024, 10, 21, 9, 30, 0, TimeSpan.FromHours(9)));
        article.PublishedHasTime.ShouldBeTrue();
        article.Url.ShouldBe("https://example.org/seoul");
        article.Source.ShouldBe("Cronache d’Oriente");
        article.Language.ShouldBe("it");
        article.File.ShouldBe("pezzo.json");
    }

    [Fact]
    public void Only_text_is_required_and_a_date_only_value_has_no_time()
    {
        var article = Read("""{"text": "Talks resumed in Geneva.", "published": "2024-02-01", "title": null}""").ShouldHaveSingleItem();

        article.Title.ShouldBeNull();
        article.PublishedHasTime.ShouldBeFalse();
        article.PublishedDate.ShouldBe(new DateOnly(2024, 2, 1));
    }

    [Fact]
    public void Invalid_json_names_the_file_line_and_byte()
    {
        var ex = Should.Throw<ArticleReadException>(() => Read("{\n  \"text\": \"Testo\",\n  \"title\" \"manca i due punti\"\n}", "rotto.json").ToList());

        ex.Message.ShouldStartWith("rotto.json: invalid JSON at line 3, byte ");
        ex.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Missing_text_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => Read("""{"title": "Solo titolo"}""", "senza.json").ToList());
        ex.Message.ShouldBe("senza.json: the JSON object has no 'text' field (the article's body)");
    }

    [Fact]
    public void Text_that_is_not_a_string_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => Read("""{"text": 42}""", "numero.json").ToList());
        ex.Message.ShouldBe("numero.json: 'text' must be a string, found a number");
    }

    [Fact]
    public void An_array_suggests_jsonl()
    {
        var ex = Should.Throw<ArticleReadException>(() => Read("""[{"text": "a"}]""", "lista.json").ToList());
        ex.Message.ShouldContain("found an array (for several articles use .jsonl");
    }

    [Fact]
    public void A_bad_published_value_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() => Read("""{"text": "Testo.", "published": "31/12/2025"}""", "data.json").ToList());
        ex.Message.ShouldStartWith("data.json: 'published' is '31/12/2025', not a date");
    }
}
