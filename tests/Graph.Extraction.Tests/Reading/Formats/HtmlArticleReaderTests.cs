using System.Text;
using Graph.Extraction.Reading;
using Graph.Extraction.Reading.Formats;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Reading.Formats;

public sealed class HtmlArticleReaderTests
{
    private static readonly HtmlArticleReader Reader = new();

    private static Graph.Domain.Articles.Article ReadOne(string html, string path = "pagina.html") =>
        Reader.Read(path, Encoding.UTF8.GetBytes(html)).ShouldHaveSingleItem();

    private const string FullPage = """
        <!DOCTYPE html>
        <html lang="it">
        <head>
          <meta charset="utf-8">
          <title>Il premier riceve il cancelliere | Corriere del Porto</title>
          <meta property="og:site_name" content="Corriere del Porto">
          <meta property="og:url" content="https://example.org/og">
          <meta property="article:published_time" content="2025-05-06T18:20:00+02:00">
          <link rel="canonical" href="https://example.org/politica/premier-cancelliere">
          <style>p { color: red; }</style>
          <script>var tracking = "non è testo";</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/esteri">Esteri</a></nav></header>
          <article>
            <header><h1>Il premier riceve il cancelliere a Palazzo Chigi</h1><p class="byline">di Redazione</p></header>
            <p>Il presidente del Consiglio ha ricevuto <b>ieri</b> il cancelliere tedesco a Palazzo Chigi.</p>
            <figure><img src="a.jpg"><figcaption>Leggi anche: il vertice di Berlino</figcaption></figure>
            <p>«È stato un incontro franco», ha detto il portavoce.
               I due leader hanno discusso dell’Ucraina.</p>
            <h2>Il nodo dei dazi</h2>
            <p>Sul commercio le posizioni restano distanti.</p>
            <aside><p>Pubblicità: abbonati ora</p></aside>
            <div class="related-stories"><ul><li>Il premier a Bruxelles</li></ul></div>
            <form><p>Iscriviti alla newsletter</p></form>
          </article>
          <footer><p>© Corriere del Porto</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Keeps_only_the_article_body_as_paragraphs_separated_by_blank_lines()
    {
        var article = ReadOne(FullPage);

        article.Text.ShouldBe(
            "Il premier riceve il cancelliere a Palazzo Chigi\n\n" +
            "Il presidente del Consiglio ha ricevuto ieri il cancelliere tedesco a Palazzo Chigi.\n\n" +
            "«È stato un incontro franco», ha detto il portavoce. I due leader hanno discusso dell’Ucraina.\n\n" +
            "Il nodo dei dazi\n\n" +
            "Sul commercio le posizioni restano distanti.");
    }

    [Fact]
    public void Reads_title_date_source_url_and_language_from_the_page()
    {
        var article = ReadOne(FullPage);

        article.Title.ShouldBe("Il premier riceve il cancelliere a Palazzo Chigi");
        article.Published.ShouldBe(new DateTimeOffset(2025, 5, 6, 18, 20, 0, TimeSpan.FromHours(2)));
        article.PublishedHasTime.ShouldBeTrue();
        article.Source.ShouldBe("Corriere del Porto");
        article.Url.ShouldBe("https://example.org/politica/premier-cancelliere");
        article.Language.ShouldBe("it");
    }

    [Fact]
    public void Without_h1_the_title_is_the_page_title_without_the_site_name()
    {
        var article = ReadOne("""
            <html lang="en"><head><title>Ceasefire holds along the border - Daily Ledger</title>
            <meta property="og:site_name" content="Daily Ledger"><meta property="og:url" content="https://example.org/ceasefire"></head>
            <body><main><p>The ceasefire held for a second day.</p><p>Both armies pulled back.</p></main></body></html>
            """);

        article.Title.ShouldBe("Ceasefire holds along the border");
        article.Url.ShouldBe("https://example.org/ceasefire");
        article.Text.ShouldBe("The ceasefire held for a second day.\n\nBoth armies pulled back.");
    }

    [Fact]
    public void A_dash_in_the_title_stays_when_it_is_not_the_site_name()
    {
        var article = ReadOne("<html><head><title>Kyiv – Moscow talks resume</title></head><body><main><p>Talks resumed.</p></main></body></html>");
        article.Title.ShouldBe("Kyiv – Moscow talks resume");
    }

    [Fact]
    public void Without_article_or_main_the_element_with_most_paragraph_text_is_the_body()
    {
        var article = ReadOne("""
            <html><body>
              <div id="menu"><p>Home</p><p>World</p></div>
              <div class="story"><p>The envoy was summoned on Monday over the missile test.</p><p>The ministry called it a provocation.</p></div>
              <div class="sidebar"><p>Most read</p></div>
            </body></html>
            """);

        article.Text.ShouldBe("The envoy was summoned on Monday over the missile test.\n\nThe ministry called it a provocation.");
    }

    [Fact]
    public void Related_story_cards_are_not_taken_for_the_article()
    {
        var article = ReadOne("""
            <html><body>
              <article class="card"><p>Short teaser.</p></article>
              <article><h1>Sanctions extended</h1><p>The council extended the sanctions for six months on Thursday.</p><p>The decision was unanimous.</p></article>
            </body></html>
            """);

        article.Title.ShouldBe("Sanctions extended");
        article.Text.ShouldBe("Sanctions extended\n\nThe council extended the sanctions for six months on Thursday.\n\nThe decision was unanimous.");
    }

    [Fact]
    public void Published_falls_back_to_a_time_element_inside_the_article()
    {
        var article = ReadOne("<html><body><article><time datetime=\"2024-11-27\">27 novembre</time><p>La tregua è in vigore.</p></article></body></html>");

        article.PublishedDate.ShouldBe(new DateOnly(2024, 11, 27));
        article.PublishedHasTime.ShouldBeFalse();
    }

    [Fact]
    public void Line_breaks_split_paragraphs()
    {
        var article = ReadOne("<html><body><main><div>Prima frase.<br><br>Seconda frase.</div></main></body></html>");
        article.Text.ShouldBe("Prima frase.\n\nSeconda frase.");
    }

    [Fact]
    public void A_page_without_body_text_is_a_clear_error()
    {
        var ex = Should.Throw<ArticleReadException>(() =>
            ReadOne("<html><head><title>Vuota</title><script>x()</script></head><body><nav><a>Home</a></nav></body></html>", "vuota.html"));
        ex.Message.ShouldStartWith("vuota.html: no article text in the page");
    }
}
