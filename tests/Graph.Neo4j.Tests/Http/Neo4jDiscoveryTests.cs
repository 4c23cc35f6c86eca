using Graph.Neo4j.Http;
using Graph.Neo4j.Tests.Support;
using Shouldly;
using Xunit;

namespace Graph.Neo4j.Tests.Http;

public sealed class Neo4jDiscoveryTests
{
    private static readonly Uri Configured = new("http://neo4j:7474");

    // As documented for 3.x (and served by the 3.1.1 test server): the root only points at /db/data/.
    private const string Root3 = """
        {
          "management" : "http://localhost:7474/db/manage/",
          "data" : "http://localhost:7474/db/data/",
          "bolt" : "bolt://localhost:7687"
        }
        """;

    private const string Data3 = """
        {
          "extensions" : { },
          "node" : "http://localhost:7474/db/data/node",
          "cypher" : "http://localhost:7474/db/data/cypher",
          "transaction" : "http://localhost:7474/db/data/transaction",
          "node_labels" : "http://localhost:7474/db/data/labels",
          "neo4j_version" : "3.5.35"
        }
        """;

    private const string Root44 = """
        {
          "bolt_direct": "bolt://localhost:7687",
          "bolt_routing": "neo4j://localhost:7687",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "neo4j_version": "4.4.0",
          "neo4j_edition": "enterprise"
        }
        """;

    [Fact]
    public void A_3x_root_sends_discovery_on_to_the_data_document_whose_transaction_endpoint_is_used()
    {
        var root = Neo4jDiscovery.ParseRoot(Root3, Configured, "neo4j");

        root.Info.ShouldBeNull();
        root.DataDocument.ShouldBe(new Uri("http://neo4j:7474/db/data/"));
        var info = Neo4jDiscovery.ParseDataDocument(Data3, Configured, root.DataDocument!);
        info.CommitEndpoint.ShouldBe(new Uri("http://neo4j:7474/db/data/transaction/commit"));
        info.Version.ShouldBe("3.5.35");
        info.Release.ShouldBe(new Version(3, 5));
    }

    [Fact]
    public void A_44_root_names_the_transaction_endpoint_of_the_configured_database()
    {
        var info = Neo4jDiscovery.ParseRoot(Root44, Configured, "news").Info!;

        info.CommitEndpoint.ShouldBe(new Uri("http://neo4j:7474/db/news/tx/commit"));
        info.Version.ShouldBe("4.4.0");
        info.Edition.ShouldBe("enterprise");
    }

    [Fact]
    public void A_5x_root_names_the_transaction_endpoint_and_version()
    {
        var info = Neo4jDiscovery.ParseRoot(FakeNeo4jHandler.Root5, Configured, "neo4j").Info!;

        info.CommitEndpoint.ShouldBe(new Uri("http://neo4j:7474/db/neo4j/tx/commit"));
        info.Release.ShouldBe(new Version(5, 19));
    }

    [Fact]
    public void The_configured_host_wins_over_the_address_the_server_advertises()
    {
        var info = Neo4jDiscovery.ParseRoot(Root44, new Uri("https://graph.example:17474"), "neo4j").Info!;

        info.CommitEndpoint.ShouldBe(new Uri("https://graph.example:17474/db/neo4j/tx/commit"));
    }

    [Theory]
    [InlineData("""{"hello": "world"}""")]
    [InlineData("<html>not neo4j</html>")]
    [InlineData("[]")]
    public void Something_that_is_not_Neo4j_gives_a_clear_error(string body)
    {
        var error = Should.Throw<Neo4jException>(() => Neo4jDiscovery.ParseRoot(body, Configured, "neo4j"));

        error.Message.ShouldContain("http://neo4j:7474/");
        error.Message.ShouldContain("Neo4j");
    }

    [Fact]
    public async Task The_client_discovers_a_3x_server_in_two_requests()
    {
        var handler = new FakeNeo4jHandler((r, _) => FakeNeo4jHandler.Json(r.RequestUri!.AbsolutePath == "/" ? Root3 : Data3));
        using var client = new Neo4jClient(new HttpClient(handler), new Neo4jOptions { Url = "http://neo4j:7474", Password = "pw" });

        var info = await client.ConnectAsync(TestContext.Current.CancellationToken);

        info.CommitEndpoint.AbsolutePath.ShouldBe("/db/data/transaction/commit");
        handler.Requests.Select(r => r.Uri.AbsolutePath).ShouldBe(["/", "/db/data/"]);
        (await client.ConnectAsync(TestContext.Current.CancellationToken)).ShouldBeSameAs(info);
        handler.Requests.Count.ShouldBe(2);
    }
}
