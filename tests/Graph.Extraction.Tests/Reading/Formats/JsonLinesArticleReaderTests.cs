using System.Text;
using Graph.Extraction.Reading;
using Graph.Extraction.Reading.Formats;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Reading.Formats;

public sealed class JsonLinesArticleReaderTests
{
    private static readonly JsonLinesArticleReader Reader = new();

    [Fact]
    public void Each_line_is_an_article_and_blank_lines_are_skipped()
    {
        var jsonl = """
            {"title": "Primo", "text": "Il primo articolo parla di Roma."}

            {"title": "Second", "text": "The second article is about Paris.", "language": "en"}
            """;

        var articles = Reader.Read("flusso.jsonl", Encoding.UTF8.GetBytes(jsonl)).ToList();

        articles.Select(a => a.Title).ShouldBe(["Primo", "Second"]);
        articles[1].Language.ShouldBe("en");
        articles.ShouldAllBe(a => a.File == "flusso.jsonl");
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_the_other_lines_still_yield_articles()
    {
        var jsonl = "{\"text\": \"Uno.\"}\n{\"text\": \"Due.\"\n{\"title\": \"senza testo\"}\n{\"text\": \"Quattro.\"}\n";

        IArticleReader reader = Reader;
        var results = reader.ReadResults("misto.jsonl", Encoding.UTF8.GetBytes(jsonl)).ToList();

        results.Count.ShouldBe(4);
        results[0].Article!.Text.ShouldBe("Uno.");
        results[1].Error.ShouldStartWith("misto.jsonl:2: invalid JSON at byte ");
        results[2].Error.ShouldBe("misto.jsonl:3: the JSON object has no 'text' field (the article's body)");
        results[3].Article!.Text.ShouldBe("Quattro.");
        results.ShouldAllBe(r => r.Path == "misto.jsonl");
    }

    [Fact]
    public void A_line_with_invalid_utf8_costs_only_that_line_and_names_the_file_offset()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"text\": \"Città.\"}\r\n{\"text\": \"Citt"), 0xE0, .. Encoding.UTF8.GetBytes(".\"}\n")];

        IArticleReader reader = Reader;
        var results = reader.ReadResults("mix.jsonl", content).ToList();

        results[0].Article!.Text.ShouldBe("Città.");
        results[1].Error.ShouldBe("mix.jsonl:2: invalid UTF-8 at byte offset 38 (bytes 0xE02E227D); save the file as UTF-8");
    }

    [Fact]
    public void An_empty_or_blank_file_is_one_error()
    {
        IArticleReader reader = Reader;
        reader.ReadResults("vuoto.jsonl", ReadOnlyMemory<byte>.Empty).ShouldHaveSingleItem().Error.ShouldBe("vuoto.jsonl: empty file");
        reader.ReadResults("bianco.jsonl", Encoding.UTF8.GetBytes("\n  \n")).ShouldHaveSingleItem().Error.ShouldBe("bianco.jsonl: the file holds only white space, no text");
    }

    [Fact]
    public void A_binary_file_is_one_error()
    {
        IArticleReader reader = Reader;
        var result = reader.ReadResults("dati.jsonl", new byte[] { 0x7B, 0x00, 0x7D }).ShouldHaveSingleItem();

        result.Error.ShouldBe("dati.jsonl: binary file, not text (NUL byte at offset 1)");
    }
}
