using Graph.Extraction.Dates;
using Graph.Extraction.Text;
using Shouldly;
using Xunit;

namespace Graph.Extraction.Tests.Dates;

public sealed class DateFinderTests
{
    private static readonly DateFinder Finder = new();
    private static readonly Segmenter Segmenter = new();

    // Wednesday 31 December 2025
    private static readonly DateOnly Published = new(2025, 12, 31);

    private static string?[] Find(string text, string language, DateOnly? published = null) =>
        [.. Finder.Find(Segmenter.Segment(text).Single(), language, published ?? Published).Select(m => m.Date.Iso)];

    [Theory]
    [InlineData("Il vertice si è tenuto il 27 settembre 2025 a Mosca.", "it", "2025-09-27")]
    [InlineData("L'accordo è stato firmato il 3 marzo.", "it", "2025-03-03")]
    [InlineData("Talks were held on March 3, 2024 in Riyadh.", "en", "2024-03-03")]
    [InlineData("The truce began on 3/4/2025.", "en", "2025-03-04")]
    [InlineData("La tregua è iniziata il 3/4/2025.", "it", "2025-04-03")]
    [InlineData("Le forze si sono ritirate a marzo.", "it", "2025-03")]
    [InlineData("Il ministro è stato rimosso nel 2023.", "it", "2023")]
    public void Find_resolves_written_dates_with_their_precision(string text, string language, string expected)
    {
        Find(text, language).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Lo hanno annunciato ieri sera.", "it", "2025-12-30")]
    [InlineData("Il presidente parlerà oggi.", "it", "2025-12-31")]
    [InlineData("L'incontro è fissato per domani.", "it", "2026-01-01")]
    [InlineData("Le delegazioni si erano viste lunedì scorso.", "it", "2025-12-29")]
    [InlineData("The ministers spoke yesterday.", "en", "2025-12-30")]
    [InlineData("The envoy arrived on Tuesday.", "en", "2025-12-30")]
    [InlineData("Drones hit the port overnight.", "en", "2025-12-31")]
    [InlineData("The deal was signed last week.", "en", "2025-12")]
    [InlineData("La decisione è arrivata la settimana scorsa.", "it", "2025-12")]
    public void Find_resolves_relative_dates_against_the_publication_day(string text, string language, string expected)
    {
        Find(text, language).ShouldBe([expected]);
    }

    [Fact]
    public void Find_puts_a_night_between_two_days_on_the_second()
    {
        Find("L'attacco è avvenuto nella notte tra il 28 e il 29 dicembre.", "it").ShouldBe(["2025-12-29"]);
        Find("Il raid è avvenuto nella notte tra sabato e domenica.", "it").ShouldBe(["2025-12-28"]);
    }

    [Fact]
    public void Find_leaves_relative_dates_unknown_without_a_publication_day()
    {
        var mentions = Finder.Find(Segmenter.Segment("Si sono sentiti ieri.").Single(), "it", null);

        mentions.ShouldHaveSingleItem().Date.IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void Find_puts_a_day_month_after_publication_in_the_previous_year()
    {
        Find("Il trattato era stato firmato il 20 dicembre.", "it", new DateOnly(2026, 1, 5)).ShouldBe(["2025-12-20"]);
    }
}
