using Shouldly;
using Xunit;

namespace Graph.Ingestion.Tests;

public sealed class WorkerOptionsValidatorTests
{
    private static IEnumerable<string> Failures(WorkerOptions options) =>
        new WorkerOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void The_defaults_are_valid() => Failures(new WorkerOptions()).ShouldBeEmpty();

    [Theory]
    [InlineData("ftp://example.org/rss")]
    [InlineData("news.example.org/rss")]
    [InlineData("/var/feeds/rss.xml")]
    public void A_feed_must_be_an_absolute_web_url(string url)
    {
        var options = new WorkerOptions();
        options.Feeds.Add(url);

        Failures(options).ShouldHaveSingleItem().ShouldContain($"'{url}' is not an absolute http or https URL");
    }

    [Fact]
    public void The_processed_folder_cannot_be_the_inbox_itself()
    {
        Failures(new WorkerOptions { InboxPath = "data/inbox", ProcessedPath = "data/inbox/" }).ShouldHaveSingleItem().ShouldContain("must differ from the inbox");
    }

    [Fact]
    public void The_retry_cap_cannot_be_below_the_first_wait()
    {
        Failures(new WorkerOptions { RetryInitialSeconds = 10, RetryMaxSeconds = 5 }).ShouldHaveSingleItem().ShouldContain("RetryMaxSeconds");
    }
}
