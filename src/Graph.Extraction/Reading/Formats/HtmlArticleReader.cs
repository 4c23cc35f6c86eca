using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Graph.Domain.Articles;

namespace Graph.Extraction.Reading.Formats;

/// <summary>
/// A saved web page. Only the article body is kept — <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>,
/// else the element holding the most paragraph text — without navigation, asides, headers,
/// footers, scripts, forms, figures or "related stories" blocks. Each paragraph becomes a line,
/// paragraphs are separated by a blank line, because sentence splitting relies on those breaks.
/// </summary>
public sealed partial class HtmlArticleReader : IArticleReader
{
    private static readonly string[] Noise =
    [
        "script", "style", "noscript", "template", "nav", "aside", "header", "footer", "form", "button",
        "select", "textarea", "iframe", "svg", "canvas", "figure", "figcaption", "object", "embed", "dialog",
        "[role=navigation]", "[role=complementary]", "[role=banner]", "[role=contentinfo]", "[role=search]",
        "[aria-hidden=true]", "[hidden]",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
    };

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public IEnumerable<Article> Read(string path, ReadOnlyMemory<byte> content)
    {
        var html = ArticleContent.Decode(path, content.Span);
        var document = new HtmlParser().ParseDocument(html);

        var siteName = Meta(document, "meta[property='og:site_name']");
        var root = FindBody(document);
        var h1 = root?.QuerySelector("h1") ?? document.QuerySelector("h1");
        var headline = h1 is null ? null : Blank(ArticleContent.CollapseWhiteSpace(h1.TextContent));
        var title = headline ?? StripSiteName(Blank(document.Title is { } t ? ArticleContent.CollapseWhiteSpace(t) : null), siteName);

        var publishedText = Meta(document, "meta[property='article:published_time']")
            ?? Blank(root?.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? Meta(document, "meta[itemprop='datePublished']");
        DateTimeOffset? published = null;
        var hasTime = false;
        if (publishedText is not null)
        {
            if (!ArticleContent.TryParsePublished(publishedText, out var p, out hasTime))
            {
                throw new ArticleReadException(path, "the page's " + ArticleContent.PublishedError("article:published_time", publishedText));
            }
            published = p;
        }

        if (root is null)
        {
            throw new ArticleReadException(path, "no article text in the page (no <article>, <main> or paragraphs)");
        }
        RemoveNoise(root);
        var paragraphs = Paragraphs(root);
        if (headline is not null && (paragraphs.Count == 0 || paragraphs[0] != headline))
        {
            // The headline often sits in the page header; like a plain-text article, the text starts with it.
            paragraphs.Insert(0, headline);
        }
        if (paragraphs.Count == 0 || (paragraphs.Count == 1 && paragraphs[0] == headline))
        {
            throw new ArticleReadException(path, "no article text in the page (the body has no paragraphs)");
        }

        var lang = Blank(document.DocumentElement.GetAttribute("lang"));
        var url = Blank(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? Meta(document, "meta[property='og:url']");
        return
        [
            Article.Create(string.Join("\n\n", paragraphs), title, published, siteName, url, lang, path, hasTime),
        ];
    }

    /// <summary>The element that holds the story, or null when the page has no paragraph text at all.</summary>
    internal static IElement? FindBody(IDocument document)
    {
        var articles = document.QuerySelectorAll("article").Where(a => !a.Ancestors<IElement>().Any(IsNoiseContainer)).ToList();
        if (articles.Count > 0)
        {
            // Pages list related stories as <article> cards too; the story is the one with the most text.
            return articles.MaxBy(ParagraphTextLength);
        }
        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null && ParagraphTextLength(main) > 0)
        {
            return main;
        }
        var byParent = new Dictionary<IElement, int>();
        foreach (var p in document.QuerySelectorAll("p"))
        {
            if (p.ParentElement is not { } parent || p.Ancestors<IElement>().Any(IsNoiseContainer)) continue;
            byParent[parent] = byParent.GetValueOrDefault(parent) + p.TextContent.Trim().Length;
        }
        var best = byParent.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        return best ?? (document.Body is { } body && body.TextContent.Trim().Length > 0 ? body : null);
    }

    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p").Where(p => !p.Ancestors<IElement>().TakeWhile(a => a != element).Any(IsNoiseContainer))
            .Sum(p => p.TextContent.Trim().Length);

    private static bool IsNoiseContainer(IElement e) =>
        e.LocalName is "nav" or "aside" or "footer" or "header" or "form" or "figure" || IsNoiseClass(e);

    private static bool IsNoiseClass(IElement e)
    {
        var names = (e.GetAttribute("class") ?? string.Empty) + " " + (e.Id ?? string.Empty);
        return names.Length > 1 && NoiseClassPattern().IsMatch(names);
    }

    private static void RemoveNoise(IElement root)
    {
        foreach (var selector in Noise)
        {
            foreach (var e in root.QuerySelectorAll(selector).ToList())
            {
                e.Remove();
            }
        }
        foreach (var e in root.QuerySelectorAll("*").Where(IsNoiseClass).ToList())
        {
            e.Remove();
        }
    }

    /// <summary>Block elements become paragraphs; inline runs between blocks (or split by &lt;br&gt;) do too.</summary>
    internal static List<string> Paragraphs(IElement root)
    {
        var paragraphs = new List<string>();
        var run = new StringBuilder();

        void Flush()
        {
            var text = ArticleContent.CollapseWhiteSpace(run.ToString());
            run.Clear();
            if (text.Length > 0) paragraphs.Add(text);
        }

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        run.Append(text.Data);
                        break;
                    case IElement { LocalName: "br" }:
                        Flush();
                        break;
                    case IElement element when BlockTags.Contains(element.LocalName):
                        Flush();
                        Walk(element);
                        Flush();
                        break;
                    case IElement element:
                        Walk(element);
                        break;
                }
            }
        }

        Walk(root);
        Flush();
        return paragraphs;
    }

    /// <summary>"Headline | Site" → "Headline"; a dash suffix goes only when it is the site's name, since headlines use dashes.</summary>
    internal static string? StripSiteName(string? title, string? siteName)
    {
        if (title is null) return null;
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0) return title[..bar].Trim();
        if (siteName is not null)
        {
            foreach (var dash in new[] { " - ", " – ", " — ", " · " })
            {
                var suffix = dash + siteName;
                if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                {
                    return title[..^suffix.Length].Trim();
                }
            }
        }
        return title;
    }

    private static string? Meta(IDocument document, string selector) => Blank(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"(^|[\s_-])(related|share|sharing|social|newsletter|promo|advert|advertisement|ads?|sponsor(ed)?|comments?|subscribe|breadcrumbs?|cookie|popup|modal|read-?more|more-stories|recommended|outbrain|taboola)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoiseClassPattern();
}
