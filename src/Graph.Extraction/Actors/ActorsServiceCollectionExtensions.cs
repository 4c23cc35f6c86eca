using Graph.Extraction.Catalog;
using Graph.Extraction.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Extraction.Actors;

public static class ActorsServiceCollectionExtensions
{
    /// <summary>The actor catalogue (built-in plus the user's files) and the recognizer that uses it.</summary>
    public static IServiceCollection AddActorRecognition(this IServiceCollection services)
    {
        services.TryAddSingleton<CatalogProvider>();
        // Validating the options loads the catalogue, so a broken user file stops the host at start (exit code 2).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExtractionOptions>, CatalogFilesValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<CatalogProvider>().Get(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.CatalogFiles));
        services.TryAddSingleton<IActorRecognizer>(sp => new ActorRecognizer(sp.GetRequiredService<ActorCatalog>()));
        return services;
    }
}

/// <summary>Loads the catalogue once per list of user files and keeps it.</summary>
internal sealed partial class CatalogProvider(ILogger<CatalogProvider> logger)
{
    private readonly Lock _gate = new();
    private (string Key, ActorCatalog Catalog)? _loaded;

    public ActorCatalog Get(IEnumerable<string> userFiles)
    {
        var files = userFiles.ToList();
        var key = string.Join('\n', files);
        lock (_gate)
        {
            if (_loaded is { } l && l.Key == key) return l.Catalog;
            var catalog = ActorCatalogLoader.Load(files);
            foreach (var warning in catalog.Warnings) LogWarning(logger, warning);
            LogLoaded(logger, catalog.Entries.Count, files.Count);
            _loaded = (key, catalog);
            return catalog;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Actor catalogue: {Entries} entries, {UserFiles} user file(s)")]
    private static partial void LogLoaded(ILogger logger, int entries, int userFiles);
}

internal sealed class CatalogFilesValidator(CatalogProvider provider) : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The built-in catalogue is checked by its tests; loading it here would make every command
        // (events, analyze, report) parse it at start, though only extraction uses it.
        if (options.CatalogFiles.Count == 0) return ValidateOptionsResult.Success;
        try
        {
            provider.Get(options.CatalogFiles);
            return ValidateOptionsResult.Success;
        }
        catch (CatalogException ex)
        {
            return ValidateOptionsResult.Fail($"{ExtractionOptions.Section}:CatalogFiles — {ex.Message}");
        }
    }
}
