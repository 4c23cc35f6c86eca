using Microsoft.Extensions.DependencyInjection;

namespace Graph.Extraction.Reading;

public static class ReadingServiceCollectionExtensions
{
    public static IServiceCollection AddArticleReading(this IServiceCollection services)
    {
        services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IArticleLoader, ArticleLoader>();
        return services;
    }
}
