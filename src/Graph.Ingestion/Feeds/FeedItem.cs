namespace Graph.Ingestion.Feeds;

/// <summary>One entry of an RSS or Atom feed: the page it links to and what the feed says about it.</summary>
public sealed record FeedItem(string Link, string? Title, DateTimeOffset? Published, string? FeedTitle);
