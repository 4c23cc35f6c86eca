using Graph.Domain.Articles;
using Graph.Extraction.Dates;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Dates;

public sealed class PublicationDateResolverTests
{
    private static readonly PublicationDateResolver Resolver = new(new DateFinder());

    [Fact]
    public void Resolve_prefers_metadata()
    {
        var article = Article.Create("Roma, 2 gennaio 2024 – Il governo ha parlato.", published: new DateTimeOffset(2024, 1, 3, 8, 0, 0, TimeSpan.Zero));

        Resolver.Resolve(article, "it").Published.ShouldBe(new DateOnly(2024, 1, 3));
    }

    [Fact]
    public void Resolve_reads_an_italian_dateline_and_where_it_ends()
    {
        const string text = "Mosca, 31 dicembre 2025 – Il Cremlino ha risposto.";

        var (published, end) = Resolver.Resolve(Article.Create(text), "it");

        published.ShouldBe(new DateOnly(2025, 12, 31));
        text[end..].ShouldStartWith("Il Cremlino");
    }

    [Fact]
    public void Resolve_reads_an_agency_dateline_after_a_title_line()
    {
        const string text = "Drones hit the capital\nKYIV/MOSCOW, 4 March 2025 (Wire) - Russia launched drones.";

        Resolver.Resolve(Article.Create(text), "en").Published.ShouldBe(new DateOnly(2025, 3, 4));
    }

    [Fact]
    public void Resolve_never_falls_back_to_the_clock()
    {
        Resolver.Resolve(Article.Create("KYIV, March 3 (Wire) - Talks resumed."), "en").Published.ShouldBeNull();
        Resolver.Resolve(Article.Create("Nessuna data qui, solo testo."), "it").Published.ShouldBeNull();
    }
}
