using Graph.Domain.Articles;
using Graph.Domain.Events;
using Graph.Extraction.Actors;
using Graph.Extraction.Dates;
using Graph.Extraction.Language;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>Builds the extractor the way the host does, with a recognizer of the test's choosing.</summary>
internal static class Extractors
{
    private static readonly Lazy<LanguagePacks> Packs = new(() => new LanguagePacks());
    private static readonly Lazy<DateFinder> Dates = new(() => new DateFinder());

    public static RuleBasedExtractor Create(IActorRecognizer? recognizer = null) =>
        new(
            new DocumentParser(new Segmenter(), new StopWordLanguageIdentifier(), new PublicationDateResolver(Dates.Value)),
            recognizer ?? new FakeActorRecognizer(),
            Packs.Value,
            Dates.Value,
            Options.Create(new ExtractionOptions()));

    public static ArticleExtraction Extract(string text, DateTimeOffset? published = null, IActorRecognizer? recognizer = null) =>
        Create(recognizer).Extract(Article.Create(text, published: published), TestContext.Current.CancellationToken);

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    /// <summary>"source TYPE target date" lines, for readable assertions.</summary>
    public static string[] Triples(this ArticleExtraction extraction) =>
        [.. extraction.Events.Select(e => $"{e.Source.Name} {e.Type} {e.Target?.Name} {e.Date.Iso ?? "-"}")];
}
