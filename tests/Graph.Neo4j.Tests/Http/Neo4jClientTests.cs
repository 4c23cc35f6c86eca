using System.Net;
using System.Text;
using System.Text.Json;
using Graph.Neo4j.Http;
using Graph.Neo4j.Tests.Support;
using Graph.Storage.Abstractions;
using Shouldly;
using Xunit;

namespace Graph.Neo4j.Tests.Http;

public sealed class Neo4jClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jClient Client(FakeNeo4jHandler handler, int maxRetries = 2) =>
        new(new HttpClient(handler), new Neo4jOptions { Url = "http://graph-db:7474", User = "neo4j", Password = "s3cret", MaxRetries = maxRetries, RetryDelayMilliseconds = 1 });

    [Fact]
    public async Task Statements_go_to_the_discovered_endpoint_with_basic_auth_and_parameters()
    {
        var handler = FakeNeo4jHandler.Neo4j5(_ => FakeNeo4jHandler.Json(FakeNeo4jHandler.Ok));
        using var client = Client(handler);

        var result = await client.ExecuteAsync(CypherStatement.Of("RETURN $x AS n", ("x", "it's {x}")), Ct);

        result.Single().GetInt32().ShouldBe(1);
        var post = handler.Requests.Single(r => r.Method == HttpMethod.Post);
        post.Uri.ShouldBe(new Uri("http://graph-db:7474/db/neo4j/tx/commit"));
        post.Authorization.ShouldBe("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")));
        using var body = JsonDocument.Parse(post.Body!);
        var statement = body.RootElement.GetProperty("statements")[0];
        statement.GetProperty("statement").GetString().ShouldBe("RETURN $x AS n");
        statement.GetProperty("parameters").GetProperty("x").GetString().ShouldBe("it's {x}");
    }

    [Fact]
    public async Task Steps_of_one_transaction_begin_continue_and_commit_on_the_5x_endpoints_at_the_configured_address()
    {
        // The server names itself "localhost" in the commit address; the client keeps talking to the address it was given.
        var begun = """{"commit":"http://localhost:7474/db/neo4j/tx/42/commit","results":[{"columns":["id"],"data":[{"row":["a1"]}]}],"errors":[]}""";
        var handler = FakeNeo4jHandler.Neo4j5(n => FakeNeo4jHandler.Json(n == 1 ? begun : FakeNeo4jHandler.Ok, n == 1 ? HttpStatusCode.Created : HttpStatusCode.OK));
        using var client = Client(handler);

        var steps = await client.ExecuteInStepsAsync(
            [new CypherStatement("RETURN 'a1' AS id")],
            [
                first => [CypherStatement.Of("RETURN $id", ("id", first[0].Rows[0][0].GetString()))],
                _ => [new CypherStatement("RETURN 2")],
            ],
            Ct);

        steps.Count.ShouldBe(3);
        handler.Requests.Where(r => r.Method == HttpMethod.Post).Select(r => r.Uri.ToString()).ShouldBe(
        [
            "http://graph-db:7474/db/neo4j/tx",
            "http://graph-db:7474/db/neo4j/tx/42",
            "http://graph-db:7474/db/neo4j/tx/42/commit",
        ]);
        handler.Requests.Where(r => r.Method == HttpMethod.Post).ElementAt(1).Body!.ShouldContain("\"id\":\"a1\"");
    }

    [Fact]
    public async Task A_failed_step_rolls_the_transaction_back_and_starts_again_from_the_first()
    {
        var begun = """{"commit":"http://graph-db:7474/db/neo4j/tx/7/commit","results":[],"errors":[]}""";
        var handler = new FakeNeo4jHandler((request, _) =>
            request.Method == HttpMethod.Get ? FakeNeo4jHandler.Json(FakeNeo4jHandler.Root5)
            : request.Method == HttpMethod.Delete ? FakeNeo4jHandler.Json("""{"results":[],"errors":[]}""")
            : request.RequestUri!.AbsolutePath.EndsWith("/tx", StringComparison.Ordinal) ? FakeNeo4jHandler.Json(begun, HttpStatusCode.Created)
            : FakeNeo4jHandler.Json("""{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}"""));
        using var client = Client(handler, maxRetries: 1);

        await Should.ThrowAsync<StoreUnavailableException>(() => client.ExecuteInStepsAsync(
            [new CypherStatement("RETURN 1")], [_ => [new CypherStatement("RETURN 2")]], Ct));

        handler.Requests.Select(r => (r.Method.Method, r.Uri.AbsolutePath)).Where(r => r.Method != "GET").ShouldBe(
        [
            ("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7/commit"), ("DELETE", "/db/neo4j/tx/7"),
            ("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7/commit"), ("DELETE", "/db/neo4j/tx/7"),
        ]);
    }

    [Fact]
    public async Task A_Cypher_error_becomes_a_Neo4jException_with_its_code_and_is_not_retried()
    {
        var handler = FakeNeo4jHandler.Neo4j5(_ => FakeNeo4jHandler.Json(
            """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'X'"}]}"""));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<Neo4jException>(() => client.ExecuteAsync(new CypherStatement("X"), Ct));

        error.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        error.Message.ShouldContain("Invalid input 'X'");
        error.IsTransient.ShouldBeFalse();
        handler.Posts.ShouldBe(1);
    }

    [Fact]
    public async Task A_transient_error_is_retried_until_it_succeeds()
    {
        var handler = FakeNeo4jHandler.Neo4j5(n => FakeNeo4jHandler.Json(n < 3
            ? """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}"""
            : FakeNeo4jHandler.Ok));
        using var client = Client(handler);

        var result = await client.ExecuteAsync(new CypherStatement("RETURN 1"), Ct);

        result.Single().GetInt32().ShouldBe(1);
        handler.Posts.ShouldBe(3);
    }

    [Fact]
    public async Task Server_errors_that_outlast_the_retries_give_StoreUnavailableException()
    {
        var handler = FakeNeo4jHandler.Neo4j5(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var client = Client(handler, maxRetries: 3);

        var error = await Should.ThrowAsync<StoreUnavailableException>(() => client.ExecuteAsync(new CypherStatement("RETURN 1"), Ct));

        handler.Posts.ShouldBe(4);
        error.Message.ShouldContain("http://graph-db:7474/");
        error.Message.ShouldContain("503");
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_unavailable()
    {
        var handler = new FakeNeo4jHandler((_, _) => throw new HttpRequestException("Connection refused (graph-db:7474)"));
        using var client = Client(handler, maxRetries: 2);

        var error = await Should.ThrowAsync<StoreUnavailableException>(() => client.ConnectAsync(Ct));

        handler.Requests.Count.ShouldBe(3);
        error.Message.ShouldContain("Connection refused");
        error.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task Unauthorized_says_wrong_user_or_password_for_the_url_and_is_not_retried()
    {
        var handler = FakeNeo4jHandler.Neo4j5(_ => FakeNeo4jHandler.Json(
            """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""", HttpStatusCode.Unauthorized));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<Neo4jAuthenticationException>(() => client.ExecuteAsync(new CypherStatement("RETURN 1"), Ct));

        error.Message.ShouldStartWith("wrong user or password for http://graph-db:7474/");
        error.Code.ShouldBe("Neo.ClientError.Security.Unauthorized");
        handler.Posts.ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_database_reports_Neo4js_own_error()
    {
        var handler = FakeNeo4jHandler.Neo4j5(_ => FakeNeo4jHandler.Json(
            """{"errors":[{"code":"Neo.ClientError.Database.DatabaseNotFound","message":"Database does not exist. Database name: 'news'."}]}""", HttpStatusCode.NotFound));
        using var client = Client(handler);

        var error = await Should.ThrowAsync<Neo4jException>(() => client.ExecuteAsync(new CypherStatement("RETURN 1"), Ct));

        error.Code.ShouldBe("Neo.ClientError.Database.DatabaseNotFound");
        error.Message.ShouldContain("'news'");
    }

    [Fact]
    public async Task A_hung_server_times_out_and_counts_as_unavailable()
    {
        using var client = new Neo4jClient(new HttpClient(new SlowHandler()), new Neo4jOptions { Url = "http://graph-db:7474", Password = "pw", MaxRetries = 1, RetryDelayMilliseconds = 1, TimeoutSeconds = 1 });

        var error = await Should.ThrowAsync<StoreUnavailableException>(() => client.ConnectAsync(Ct));

        error.Message.ShouldContain("after 2 attempt(s)");
    }

    [Fact]
    public async Task Cancelling_stops_at_once_without_being_turned_into_unavailable()
    {
        using var client = new Neo4jClient(new HttpClient(new SlowHandler()), new Neo4jOptions { Url = "http://graph-db:7474", Password = "pw", MaxRetries = 5, TimeoutSeconds = 60 });
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cts.CancelAfter(100);

        await Should.ThrowAsync<OperationCanceledException>(() => client.ConnectAsync(cts.Token));
    }

    /// <summary>Never answers until cancelled.</summary>
    private sealed class SlowHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
