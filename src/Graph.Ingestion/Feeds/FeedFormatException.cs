namespace Graph.Ingestion.Feeds;

/// <summary>The document is not an RSS or Atom feed; the message says why in one line.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException() { }

    public FeedFormatException(string message) : base(message) { }

    public FeedFormatException(string message, Exception innerException) : base(message, innerException) { }
}
