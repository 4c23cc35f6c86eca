using Graph.Ingestion.Tests.Worker;
using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests.Feeds;

public sealed class FeedPollerTests
{
    private static string Rss(params string[] links) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
        + string.Concat(links.Select(l => $"<item><title>{l}</title><link>{l}</link><pubDate>Sat, 27 Sep 2025 10:00:00 +0200</pubDate></item>"))
        + "</channel></rss>";

    private static string Page(string sentence) => $"<html><body><h1>Wire</h1><p>{sentence}</p></body></html>";

    [Fact]
    public async Task A_feed_polled_twice_is_ingested_once_and_the_304_is_honoured()
    {
        await using var server = new LoopbackFeedServer();
        server.SetPage("one.html", Page("Marta met Paolo."));
        server.SetPage("two.html", Page("Sara met Enzo."));
        server.SetFeed(Rss("one.html", "two.html"), "\"v1\"");
        await using var h = new WorkerHarness();
        h.Settings["Graph:Worker:Feeds:0"] = server.Url("feed.xml");
        h.Settings["Graph:Worker:FeedPollSeconds"] = "60";
        await h.StartAsync();

        await h.WaitUntilAsync(() => h.DoneAsync(2), "both linked pages are ingested");
        await h.WaitUntilAsync(() => h.Worker.FeedPolls >= 2, "the feed was polled a second time", TimeSpan.FromSeconds(5));

        server.Requests.Where(r => r.Path == "feed.xml").Select(r => r.Status).Take(2).ShouldBe([200, 304]);
        server.Count("one.html").ShouldBe(1);
        server.Count("two.html").ShouldBe(1);
        h.Store.Articles.Count.ShouldBe(2);
        var article = h.Store.Articles.Single(a => a.Text.Contains("Marta", StringComparison.Ordinal));
        article.Url.ShouldBe(server.Url("one.html"));
        article.File.ShouldBeNull();
        article.Published.ShouldBe(new DateTimeOffset(2025, 9, 27, 10, 0, 0, TimeSpan.FromHours(2)));
        h.Store.Events.Single(e => e.Source.Name == "Marta").Date.Iso.ShouldBe("2025-09-27");
    }

    [Fact]
    public async Task A_changed_feed_fetches_only_the_new_links()
    {
        await using var server = new LoopbackFeedServer();
        server.SetPage("one.html", Page("Marta met Paolo."));
        server.SetPage("two.html", Page("Sara met Enzo."));
        server.SetFeed(Rss("one.html"), "\"v1\"");
        await using var h = new WorkerHarness();
        h.Settings["Graph:Worker:Feeds:0"] = server.Url("feed.xml");
        h.Settings["Graph:Worker:FeedPollSeconds"] = "60";
        await h.StartAsync();
        await h.WaitUntilAsync(() => h.DoneAsync(1), "the first page is ingested");

        server.SetFeed(Rss("one.html", "two.html"), "\"v2\"");
        await h.WaitUntilAsync(() => h.DoneAsync(2), "the new page is ingested", TimeSpan.FromSeconds(5));

        server.Count("one.html").ShouldBe(1);
        server.Count("two.html").ShouldBe(1);
        h.Store.Writes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_page_that_cannot_be_fetched_is_reported_and_the_rest_of_the_feed_goes_on()
    {
        await using var server = new LoopbackFeedServer();
        server.SetPage("two.html", Page("Sara met Enzo."));
        server.SetFeed(Rss("missing.html", "two.html"), "\"v1\"");
        await using var h = new WorkerHarness();
        h.Settings["Graph:Worker:Feeds:0"] = server.Url("feed.xml");
        await h.StartAsync();

        await h.WaitUntilAsync(() => h.DoneAsync(1), "the good page is ingested");

        h.Log.Messages(12).ShouldContain(m => m.Contains("missing.html", StringComparison.Ordinal) && m.Contains("404", StringComparison.Ordinal));
    }
}
