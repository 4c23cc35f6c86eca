using Graph.Extraction.Reading.Formats;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Extraction.Reading;

public static class ReadingServiceCollectionExtensions
{
    public static IServiceCollection AddArticleReading(this IServiceCollection services)
    {
        services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, TextArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, JsonArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, JsonLinesArticleReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleReader, HtmlArticleReader>());
        services.AddSingleton<IArticleLoader, ArticleLoader>();
        return services;
    }
}
