using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Graph.Ingestion.Feeds;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into their entries' links, resolved against the feed's URL.</summary>
public static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <exception cref="FeedFormatException">The content is not well-formed XML or not a feed.</exception>
    public static IReadOnlyList<FeedItem> Parse(Stream content, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        XDocument document;
        try
        {
            // Feeds come from the network: no DTDs, no external entities.
            using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException($"not well-formed XML ({ex.Message})", ex);
        }
        var root = document.Root ?? throw new FeedFormatException("empty document");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root, feedUrl, XNamespace.None),
            "RDF" => ParseRss(root, feedUrl, Rss1),
            "feed" when root.Name.Namespace == Atom => ParseAtom(root, feedUrl),
            _ => throw new FeedFormatException($"not an RSS or Atom feed (root element <{root.Name.LocalName}>)"),
        };
    }

    private static List<FeedItem> ParseRss(XElement root, Uri feedUrl, XNamespace ns)
    {
        var feedTitle = Text(root.Element(ns + "channel")?.Element(ns + "title"));
        var items = new List<FeedItem>();
        foreach (var item in root.Descendants(ns + "item"))
        {
            var link = Text(item.Element(ns + "link"));
            var guid = item.Element(ns + "guid");
            if (link is null && guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
            {
                link = Text(guid);
            }
            var published = ParseDate(Text(item.Element(ns + "pubDate")) ?? Text(item.Element(Dc + "date")));
            Add(items, feedUrl, link, Text(item.Element(ns + "title")), published, feedTitle);
        }
        return items;
    }

    private static List<FeedItem> ParseAtom(XElement root, Uri feedUrl)
    {
        var feedTitle = Text(root.Element(Atom + "title"));
        var items = new List<FeedItem>();
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            var links = entry.Elements(Atom + "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
            var published = ParseDate(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")));
            Add(items, feedUrl, (string?)link?.Attribute("href"), Text(entry.Element(Atom + "title")), published, feedTitle);
        }
        return items;
    }

    private static void Add(List<FeedItem> items, Uri feedUrl, string? link, string? title, DateTimeOffset? published, string? feedTitle)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(feedUrl, link.Trim(), out var uri)) return;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return;
        var absolute = uri.GetLeftPart(UriPartial.Query);
        if (items.Exists(i => i.Link == absolute)) return;
        items.Add(new FeedItem(absolute, title, published, feedTitle));
    }

    private static string? Text(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    /// <summary>RFC 822 dates of RSS ("Sat, 27 Sep 2025 10:00:00 +0200", "GMT") and ISO 8601 of Atom.</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        t = ZoneName().Replace(t, "+00:00");
        t = NumericZone().Replace(t, "$1:$2");
        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"\s(GMT|UTC|UT|Z)$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex NumericZone();
}
