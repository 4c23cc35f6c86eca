using Graph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The embedded SQLite store (registered as itself; the host decides which store is <c>IGraphStore</c>).</summary>
    public static IServiceCollection AddGraphStorage(this IServiceCollection services)
    {
        services.AddOptions<SqliteStoreOptions>().BindConfiguration(SqliteStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteGraphStore>();
        return services;
    }
}
