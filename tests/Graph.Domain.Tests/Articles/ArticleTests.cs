using Graph.Domain.Articles;
using Shouldly;
using Xunit;

namespace Graph.Domain.Tests.Articles;

public sealed class ArticleTests
{
    [Fact]
    public void Crlf_and_lf_give_the_same_id()
    {
        Article.ComputeId("Prima riga.\r\nSeconda riga.\r\n").ShouldBe(Article.ComputeId("Prima riga.\nSeconda riga.\n"));
    }

    [Fact]
    public void Trailing_white_space_and_surrounding_blank_lines_do_not_change_the_id()
    {
        Article.ComputeId("\n\nThe talks ended.   \nBoth sides left.\t\n\n").ShouldBe(Article.ComputeId("The talks ended.\nBoth sides left."));
    }

    [Fact]
    public void Composed_and_decomposed_accents_give_the_same_id()
    {
        Article.ComputeId("Perch\u00e9 il vertice è saltato").ShouldBe(Article.ComputeId("Perche\u0301 il vertice è saltato"));
    }

    [Fact]
    public void Different_words_or_quotes_give_different_ids()
    {
        Article.ComputeId("Putin ha incontrato Lukashenko.").ShouldNotBe(Article.ComputeId("Putin ha incontrato Lukašenko."));
        Article.ComputeId("Ha detto “sì”.").ShouldNotBe(Article.ComputeId("Ha detto \"sì\"."));
    }

    [Fact]
    public void The_id_is_a_lower_case_sha256()
    {
        Article.ComputeId("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Create_derives_the_id_and_keeps_the_text_as_given()
    {
        var article = Article.Create("Testo con l’apostrofo.\r\n", title: "Titolo", file: "a.txt", publishedHasTime: false,
            published: new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.FromHours(1)));

        article.Id.ShouldBe(Article.ComputeId("Testo con l’apostrofo."));
        article.Text.ShouldBe("Testo con l’apostrofo.\r\n");
        article.PublishedDate.ShouldBe(new DateOnly(2025, 12, 31));
        ArticleInfo.From(article).ShouldBe(new ArticleInfo(article.Id, "Titolo", article.Published, null, null, null, "a.txt", false));
    }
}
