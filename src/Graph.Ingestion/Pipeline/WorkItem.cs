using Graph.Ingestion.Feeds;

namespace Graph.Ingestion.Pipeline;

/// <summary>One unit of work for the pipeline: a file that settled in the inbox, or a page linked from a feed.</summary>
public abstract record WorkItem
{
    /// <summary>The file to read (for a feed entry, the page saved to a temporary .html file).</summary>
    public abstract string FilePath { get; }

    /// <summary>What the ledger and the logs name: the inbox path or the page URL.</summary>
    public abstract string Source { get; }
}

public sealed record InboxFile(string Path) : WorkItem
{
    public override string FilePath => Path;

    public override string Source => Path;
}

public sealed record FeedEntry(string Feed, FeedItem Item, string PageFile) : WorkItem
{
    public override string FilePath => PageFile;

    public override string Source => Item.Link;
}
