using Graph.Extraction.Actors;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Readers, the actor catalogue and the rule-based extractor.</summary>
    public static IServiceCollection AddGraphExtraction(this IServiceCollection services)
    {
        services.AddArticleReading();
        services.AddActorRecognition();
        services.AddOptions<ExtractionOptions>().BindConfiguration(ExtractionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IEventExtractor, RuleBasedExtractor>();
        return services;
    }
}
