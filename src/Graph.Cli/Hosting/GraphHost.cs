using System.CommandLine;
using Graph.Extraction;
using Graph.Neo4j;
using Graph.Neo4j.Store;
using Graph.Storage;
using Graph.Storage.Abstractions;
using Graph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Cli.Hosting;

/// <summary>Builds the Microsoft.Extensions.Hosting host a command runs in: configuration, logging and services.</summary>
public static class GraphHost
{
    public const string StoreKey = "Graph:Store";

    /// <summary>
    /// Configuration, lowest to highest precedence: appsettings.json beside the executable,
    /// appsettings.{Environment}.json, environment variables (GRAPH__NEO4J__URL is Graph:Neo4j:Url),
    /// the --config file, then --store/--db/--set.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(ParseResult parse, GlobalOptions globals, CliConsole console, LogLevel defaultLogLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(console);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        if (parse.GetValue(globals.ConfigFile) is { } file)
        {
            if (!file.Exists)
            {
                throw new CliUsageException($"--config: {file.FullName} does not exist.");
            }
            builder.Configuration.AddJsonFile(file.FullName, optional: false, reloadOnChange: false);
        }

        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in parse.GetValue(globals.Set) ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliUsageException($"--set {pair}: expected KEY=VALUE, e.g. --set Graph:Neo4j:Url=http://localhost:7474");
            }
            overrides[pair[..eq].Trim()] = pair[(eq + 1)..];
        }
        if (parse.GetValue(globals.Store) is { } store) overrides[StoreKey] = store;
        if (parse.GetValue(globals.Database) is { } db) overrides[SqliteStoreOptions.Section + ":Path"] = db;
        builder.Configuration.AddInMemoryCollection(overrides);

        var level = defaultLogLevel;
        if (parse.GetValue(globals.LogLevel) is { } levelText && (int.TryParse(levelText, out _) || !Enum.TryParse(levelText, ignoreCase: true, out level)))
        {
            throw new CliUsageException($"--log-level {levelText}: expected Trace, Debug, Information, Warning, Error or None.");
        }
        builder.Logging.ClearProviders();
        // stdout carries JSONL and tables; every log line goes to stderr so pipes stay clean.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(null, level);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(console);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddGraphExtraction();
        builder.Services.AddGraphStorage();
        var kind = ReadStoreKind(builder.Configuration);
        if (kind == StoreKind.Neo4j)
        {
            builder.Services.AddGraphNeo4j();
            builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        }
        else
        {
            builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        }
        return builder;
    }

    public static StoreKind ReadStoreKind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[StoreKey];
        if (string.IsNullOrWhiteSpace(text)) return StoreKind.Sqlite;
        return Enum.TryParse<StoreKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new CliUsageException($"{StoreKey} is '{text}': expected sqlite or neo4j.");
    }

    /// <summary>
    /// Builds and starts the host (which validates every option), runs <paramref name="body"/>, and
    /// turns configuration problems into a clear message and exit code 2.
    /// </summary>
    public static async Task<int> RunAsync(
        ParseResult parse,
        GlobalOptions globals,
        CliConsole console,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        Action<HostApplicationBuilder>? configure = null,
        LogLevel defaultLogLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(console);
        IHost? host = null;
        try
        {
            var builder = CreateBuilder(parse, globals, console, defaultLogLevel);
            configure?.Invoke(builder);
            host = builder.Build();
            await host.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is OptionsValidationException or CliUsageException or InvalidDataException)
        {
            // A host that was built but refused to start still holds its services (the store's connections).
            if (host is not null) await DisposeAsync(host);
            await console.Error.WriteLineAsync(ex switch
            {
                OptionsValidationException invalid => $"graph: configuration error: {string.Join("; ", invalid.Failures)}",
                // Malformed appsettings.json or --config file.
                InvalidDataException => $"graph: configuration error: {ex.Message}",
                _ => $"graph: {ex.Message}",
            });
            return ExitCodes.UsageError;
        }

        try
        {
            return await body(host.Services, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync($"graph: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"graph: configuration error: {string.Join("; ", ex.Failures)}");
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store that cannot be reached or a file that cannot be written: say what and where, not a stack trace.
            await console.Error.WriteLineAsync($"graph: error: {ex.Message}");
            if (parse.GetValue(globals.LogLevel) is { } l && (l.Equals("Debug", StringComparison.OrdinalIgnoreCase) || l.Equals("Trace", StringComparison.OrdinalIgnoreCase)))
            {
                await console.Error.WriteLineAsync(ex.ToString());
            }
            return ExitCodes.SomeInputsFailed;
        }
        finally
        {
            // The host bounds its own stop by HostOptions.ShutdownTimeout, which the worker sets from
            // Graph:Worker:ShutdownTimeoutSeconds; a fixed deadline here would cut that short.
            await host.StopAsync(CancellationToken.None);
            await DisposeAsync(host);
        }
    }

    private static async ValueTask DisposeAsync(IHost host)
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
