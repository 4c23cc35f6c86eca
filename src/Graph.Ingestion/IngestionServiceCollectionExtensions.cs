using Graph.Ingestion.Feeds;
using Graph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The hosted worker and its options (section <c>Graph:Worker</c>, validated at start). Needs
    /// an <c>IArticleLoader</c>, an <c>IEventExtractor</c> and an <c>IGraphStore</c> registered.
    /// </summary>
    public static IServiceCollection AddGraphIngestion(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(FeedPoller.HttpClientName, client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("graph-worker/1.0");
            client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            // Timeouts are per request, from WorkerOptions.HttpTimeoutSeconds.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestionWorker>());
        return services;
    }
}
