using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Storage.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Neo4j.Http;

/// <summary>
/// Neo4j's transactional Cypher HTTP endpoint: discovery, basic auth, one transaction per call,
/// errors mapped to <see cref="Neo4jException"/>, transient failures retried with exponential
/// backoff and, when retries run out, <see cref="StoreUnavailableException"/> so callers keep work pending.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    public const string HttpClientName = "Graph.Neo4j";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly Neo4jOptions options;
    private readonly ILogger logger;
    private readonly AuthenticationHeaderValue authorization;
    private readonly ResiliencePipeline pipeline;
    private readonly SemaphoreSlim connectLock = new(1, 1);
    private Neo4jServerInfo? server;

    public Neo4jClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jClient>? logger = null)
        : this(http, options, logger, ownsHttp: false)
    {
    }

    private Neo4jClient(HttpClient http, Neo4jOptions options, ILogger? logger, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        if (!Neo4jOptions.TryParseUrl(options.Url, out var url))
        {
            throw new ArgumentException($"Graph:Neo4j:Url '{options.Url}' is not an absolute http(s) URL such as http://localhost:7474.", nameof(options));
        }
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.options = options;
        this.logger = logger ?? NullLogger.Instance;
        Url = url;
        // Polly bounds each attempt; HttpClient's own 100 s default would otherwise cut in first.
        http.Timeout = Timeout.InfiniteTimeSpan;
        authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        pipeline = BuildPipeline(options, this.logger, url);
    }

    /// <summary>A client with its own HttpClient, for tools and benchmarks that run without a host.</summary>
    public static Neo4jClient Create(Neo4jOptions options, ILogger<Neo4jClient>? logger = null) =>
        new(new HttpClient(), options, logger, ownsHttp: true);

    /// <summary>The configured server address.</summary>
    public Uri Url { get; }

    /// <summary>What discovery found, once <see cref="ConnectAsync"/> has run.</summary>
    public Neo4jServerInfo? Server => server;

    /// <summary>Discovers the transaction endpoint and version (once; later calls reuse the answer).</summary>
    public async Task<Neo4jServerInfo> ConnectAsync(CancellationToken cancellationToken)
    {
        if (server is { } known) return known;
        await connectLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (server is { } raced) return raced;
            var info = await RunWithRetriesAsync(DiscoverOnceAsync, cancellationToken).ConfigureAwait(false);
            Neo4jLog.Connected(logger, Url, info.Version, info.CommitEndpoint);
            server = info;
            return info;
        }
        finally
        {
            connectLock.Release();
        }
    }

    /// <summary>Runs the statements in one transaction (one HTTP round trip) and returns their results in order.</summary>
    public async Task<IReadOnlyList<StatementResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var info = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var body = SerializeRequest(statements);
        return await RunWithRetriesAsync(async ct => (await PostOnceAsync(info.CommitEndpoint, body, ct).ConfigureAwait(false)).Results, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One transaction over several round trips: runs <paramref name="first"/>, then, step by step,
    /// the statements each of <paramref name="then"/> makes from the previous step's results, and
    /// commits with the last. A step with nothing to run costs no round trip (its successor sees no
    /// results). A transient failure in any step rolls the transaction back and starts again from the
    /// first. Returns every step's results, in order.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<StatementResult>>> ExecuteInStepsAsync(
        IReadOnlyList<CypherStatement> first,
        IReadOnlyList<Func<IReadOnlyList<StatementResult>, IReadOnlyList<CypherStatement>>> then,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(then);
        var info = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (then.Count == 0) return [await ExecuteAsync(first, cancellationToken).ConfigureAwait(false)];
        var firstBody = SerializeRequest(first);
        return await RunWithRetriesAsync(
            async ct =>
            {
                var begun = await PostOnceAsync(info.BeginEndpoint, firstBody, ct).ConfigureAwait(false);
                var commit = begun.Commit ?? throw new Neo4jException("Graph.Neo4j.BadResponse", $"{info.BeginEndpoint} began a transaction but gave no commit address.");
                var open = Neo4jServerInfo.WithoutCommit(commit);
                var steps = new List<IReadOnlyList<StatementResult>> { begun.Results };
                try
                {
                    for (var i = 0; i < then.Count; i++)
                    {
                        var statements = then[i](steps[^1]);
                        var last = i == then.Count - 1;
                        if (statements.Count == 0 && !last)
                        {
                            steps.Add([]);
                            continue;
                        }
                        steps.Add((await PostOnceAsync(last ? commit : open, SerializeRequest(statements), ct).ConfigureAwait(false)).Results);
                    }
                    return (IReadOnlyList<IReadOnlyList<StatementResult>>)steps;
                }
                catch
                {
                    // An open transaction would hold its locks until the server's timeout; a statement
                    // error has already ended it, which makes this a harmless 404.
                    await RollBackQuietlyAsync(open).ConfigureAwait(false);
                    throw;
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<StatementResult> ExecuteAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await ExecuteAsync([statement], cancellationToken).ConfigureAwait(false))[0];

    public void Dispose()
    {
        connectLock.Dispose();
        if (ownsHttp) http.Dispose();
    }

    internal static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jAuthenticationException => false,
        Neo4jException neo => neo.IsTransient,
        HttpRequestException => true,
        IOException => true,
        TimeoutRejectedException => true,
        _ => false,
    };

    internal static byte[] SerializeRequest(IReadOnlyList<CypherStatement> statements)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var s in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", s.Text);
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, s.Parameters ?? new Dictionary<string, object?>());
                writer.WriteBoolean("includeStats", true);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Turns a transaction response into results, or throws Neo4j's first error.</summary>
    internal static IReadOnlyList<StatementResult> ParseResponse(JsonElement root)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            throw ToException(errors[0]);
        }
        var results = new List<StatementResult>();
        if (!root.TryGetProperty("results", out var array) || array.ValueKind != JsonValueKind.Array) return results;
        foreach (var result in array.EnumerateArray())
        {
            var columns = result.TryGetProperty("columns", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
                : [];
            var rows = new List<JsonElement[]>();
            if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in data.EnumerateArray())
                {
                    if (item.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array)
                    {
                        rows.Add([.. row.EnumerateArray()]);
                    }
                }
            }
            var stats = result.TryGetProperty("stats", out var s) ? UpdateStats.Parse(s) : UpdateStats.None;
            results.Add(new StatementResult(columns, rows, stats));
        }
        return results;
    }

    internal static Neo4jException ToException(JsonElement error)
    {
        var code = error.TryGetProperty("code", out var c) && c.GetString() is { Length: > 0 } text ? text : "Neo.DatabaseError.General.UnknownError";
        var message = error.TryGetProperty("message", out var m) && m.GetString() is { Length: > 0 } msg ? msg : "no message";
        return new Neo4jException(code, $"Neo4j {code}: {message}");
    }

    private async ValueTask<Neo4jServerInfo> DiscoverOnceAsync(CancellationToken cancellationToken)
    {
        var rootText = await GetAsync(new Uri(Url, "/"), cancellationToken).ConfigureAwait(false);
        var root = Neo4jDiscovery.ParseRoot(rootText, Url, options.Database);
        if (root.Info is { } info) return info;
        var dataText = await GetAsync(root.DataDocument!, cancellationToken).ConfigureAwait(false);
        return Neo4jDiscovery.ParseDataDocument(dataText, Url, root.DataDocument!);
    }

    private async Task<string> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = authorization;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        ThrowOnFailureStatus(response.StatusCode, text, uri);
        return text;
    }

    private async Task RollBackQuietlyAsync(Uri transaction)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var request = new HttpRequestMessage(HttpMethod.Delete, transaction);
            request.Headers.Accept.Add(Json);
            request.Headers.Authorization = authorization;
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            // The server ends a forgotten transaction itself when its timeout passes.
        }
    }

    private async ValueTask<(IReadOnlyList<StatementResult> Results, Uri? Commit)> PostOnceAsync(Uri endpoint, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = authorization;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        ThrowOnFailureStatus(response.StatusCode, text, endpoint);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException("Graph.Neo4j.BadResponse", $"{endpoint} answered with something that is not JSON: {ex.Message}", ex);
        }
        using (doc)
        {
            var root = doc.RootElement;
            var results = ParseResponse(root.Clone());
            Uri? commit = root.TryGetProperty("commit", out var c) && c.GetString() is { Length: > 0 } advertised
                ? Neo4jDiscovery.Rebase(Url, advertised) : null;
            return (results, commit);
        }
    }

    private void ThrowOnFailureStatus(HttpStatusCode status, string body, Uri uri)
    {
        if ((int)status is >= 200 and < 300) return;
        if (status == HttpStatusCode.Unauthorized)
        {
            throw new Neo4jAuthenticationException(Url);
        }
        if ((int)status >= 500 || status == HttpStatusCode.TooManyRequests)
        {
            // HttpRequestException is what the retry policy treats as "try again".
            throw new HttpRequestException($"{uri} answered {(int)status} {status}.", null, status);
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                throw ToException(errors[0]);
            }
        }
        catch (JsonException)
        {
            // Not a Neo4j error document; fall through to the status.
        }
        throw new Neo4jException($"Graph.Neo4j.Http{(int)status}", $"{uri} answered {(int)status} {status}. Check Graph:Neo4j:Url and Graph:Neo4j:Database.");
    }

    private async Task<T> RunWithRetriesAsync<T>(Func<CancellationToken, ValueTask<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            var attempts = options.MaxRetries + 1;
            Neo4jLog.GaveUp(logger, Url, attempts, ex.Message);
            throw new StoreUnavailableException($"neo4j {Url} is unavailable after {attempts} attempt(s): {ex.Message}", ex);
        }
    }

    private static ResiliencePipeline BuildPipeline(Neo4jOptions options, ILogger logger, Uri url)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
                MaxRetryAttempts = options.MaxRetries,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    Neo4jLog.Retrying(logger, url, args.AttemptNumber + 1, options.MaxRetries, args.RetryDelay, args.Outcome.Exception?.Message ?? "unknown");
                    return default;
                },
            });
        }
        builder.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        return builder.Build();
    }
}
