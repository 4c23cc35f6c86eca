using System.Net;
using System.Text;

namespace Graph.Neo4j.Tests.Support;

/// <summary>Answers HTTP requests from a script, to exercise discovery, error mapping and retries without a server.</summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, string?, HttpResponseMessage> respond;
    private readonly List<(HttpMethod Method, Uri Uri, string? Body, string? Authorization)> requests = [];

    public FakeNeo4jHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) => this.respond = respond;

    public IReadOnlyList<(HttpMethod Method, Uri Uri, string? Body, string? Authorization)> Requests => requests;

    public int Posts => requests.Count(r => r.Method == HttpMethod.Post);

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public const string Root5 = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0",
          "neo4j_edition": "enterprise"
        }
        """;

    public const string Ok = """{"results":[{"columns":["n"],"data":[{"row":[1],"meta":[null]}],"stats":{"contains_updates":false,"nodes_created":0}}],"errors":[]}""";

    /// <summary>A 5.x server whose transaction endpoint answers with <paramref name="commit"/>.</summary>
    public static FakeNeo4jHandler Neo4j5(Func<int, HttpResponseMessage> commit)
    {
        var posts = 0;
        return new FakeNeo4jHandler((request, _) => request.Method == HttpMethod.Get ? Json(Root5) : commit(++posts));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (requests) requests.Add((request.Method, request.RequestUri!, body, request.Headers.Authorization?.ToString()));
        return respond(request, body);
    }
}
