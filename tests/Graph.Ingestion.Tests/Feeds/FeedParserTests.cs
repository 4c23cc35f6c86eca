using System.Text;
using Graph.Ingestion.Feeds;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example.org/rss/world.xml");

    private static IReadOnlyList<FeedItem> Parse(string xml) => FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), FeedUrl);

    [Fact]
    public void Rss_items_give_their_links_titles_and_dates_resolved_against_the_feed()
    {
        var items = Parse("""
            <rss version="2.0"><channel><title>World</title>
              <item><title>Vertice a Mosca</title><link>/2025/09/27/vertice.html</link><pubDate>Sat, 27 Sep 2025 10:00:00 +0200</pubDate></item>
              <item><title>Summit</title><guid>https://other.example.com/summit</guid><pubDate>Sun, 28 Sep 2025 08:30:00 GMT</pubDate></item>
              <item><title>No link at all</title></item>
            </channel></rss>
            """);

        items.Count.ShouldBe(2);
        items[0].ShouldBe(new FeedItem("https://news.example.org/2025/09/27/vertice.html", "Vertice a Mosca", new DateTimeOffset(2025, 9, 27, 10, 0, 0, TimeSpan.FromHours(2)), "World"));
        items[1].Link.ShouldBe("https://other.example.com/summit");
        items[1].Published.ShouldBe(new DateTimeOffset(2025, 9, 28, 8, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Atom_entries_take_the_alternate_link_and_the_published_date()
    {
        var items = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
              <entry><title>Call</title>
                <link rel="self" href="https://news.example.org/api/1"/>
                <link rel="alternate" href="https://news.example.org/call.html"/>
                <published>2025-12-30T18:00:00Z</published><updated>2025-12-31T09:00:00Z</updated>
              </entry>
            </feed>
            """);

        items.ShouldHaveSingleItem().ShouldBe(new FeedItem("https://news.example.org/call.html", "Call", new DateTimeOffset(2025, 12, 30, 18, 0, 0, TimeSpan.Zero), "Wire"));
    }

    [Fact]
    public void Links_that_are_not_web_pages_are_left_out()
    {
        var items = Parse("""<rss><channel><item><link>mailto:desk@example.org</link></item><item><link>ftp://example.org/a</link></item></channel></rss>""");

        items.ShouldBeEmpty();
    }

    [Fact]
    public void A_page_that_is_not_a_feed_is_refused_with_a_reason()
    {
        Should.Throw<FeedFormatException>(() => Parse("<html><body>Not found</body></html>")).Message.ShouldContain("not an RSS or Atom feed");
        Should.Throw<FeedFormatException>(() => Parse("this is not xml")).Message.ShouldContain("not well-formed XML");
    }

    [Fact]
    public void A_feed_with_an_entity_expansion_bomb_is_not_expanded()
    {
        var bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title><link>https://a.example/x</link></item></channel></rss>""";

        Should.Throw<FeedFormatException>(() => Parse(bomb));
    }
}
