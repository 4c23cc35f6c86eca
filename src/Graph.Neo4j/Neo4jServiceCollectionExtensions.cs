using Graph.Neo4j.Http;
using Graph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The Neo4j store over the HTTP API, with its options validated at start.</summary>
    public static IServiceCollection AddGraphNeo4j(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Neo4jOptions.TryParseUrl(o.Url, out _), "Graph:Neo4j:Url must be an absolute http(s) URL such as http://localhost:7474 (the HTTP port, not bolt://).")
            .ValidateOnStart();
        services.AddHttpClient(Neo4jClient.HttpClientName);
        services.AddSingleton(sp => new Neo4jClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jClient.HttpClientName),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetRequiredService<ILogger<Neo4jClient>>()));
        services.AddSingleton<Neo4jGraphStore>();
        return services;
    }
}
