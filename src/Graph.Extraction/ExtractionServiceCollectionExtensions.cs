using Graph.Extraction.Actors;
using Graph.Extraction.Dates;
using Graph.Extraction.Language;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Graph.Extraction.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Readers, the actor catalogue and the rule-based extractor (lexicons compiled once, at first use).</summary>
    public static IServiceCollection AddGraphExtraction(this IServiceCollection services)
    {
        services.AddArticleReading();
        services.AddActorRecognition();
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Factories: the data-file constructors must win over the ones tests use to pass their own word lists.
        services.TryAddSingleton<ISegmenter>(_ => new Segmenter());
        services.TryAddSingleton<ILanguageIdentifier>(_ => new StopWordLanguageIdentifier());
        services.TryAddSingleton(_ => new DateFinder());
        services.TryAddSingleton<PublicationDateResolver>();
        services.TryAddSingleton<IDocumentParser, DocumentParser>();
        services.TryAddSingleton(_ => new LanguagePacks());
        services.AddSingleton<IEventExtractor, RuleBasedExtractor>();
        return services;
    }
}
