using Graph.Neo4j.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The Neo4j store over the HTTP API, with its options validated at start.</summary>
    public static IServiceCollection AddGraphNeo4j(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Neo4jGraphStore>();
        return services;
    }
}
