using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Neo4j.Http;
using Graph.Neo4j.Store;
using Graph.Neo4j.Tests.Support;
using Shouldly;
using Xunit;

namespace Graph.Neo4j.Tests.Store;

// How the real server plans the batch statements (see GraphCypher). A plan that scans an index or
// joins by value instead of seeking by id makes every batch cost in proportion to the whole graph,
// so ingestion slows down as the graph grows; 3.1 chose such plans (two look-ups in one MATCH joined
// by value) once the database held a few thousand nodes.
public sealed partial class Neo4jGraphStoreTests
{
    private static readonly string[] OperatorsThatGrowWithTheGraph =
        ["AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "ValueHashJoin", "NodeHashJoin", "CartesianProduct"];

    [Fact]
    public async Task Batch_statements_seek_by_id_once_the_database_has_filled()
    {
        // Only a filled database tells: in an empty one a scan costs nothing, and 3.1 plans again
        // once the statistics have moved.
        await store.WriteBatchAsync(Synthetic("filled", articles: 300), Ct);
        (await store.CountAsync(Ct)).Events.ShouldBe(3000);

        var next = Synthetic("next", articles: 20);
        var plan = WritePlan.Build(next, DateTimeOffset.UnixEpoch, "token");
        var content = plan.ForNewArticles(next.Select(a => a.Article.Id).ToList());
        // Half the events as if already stored, so the third step holds both links and updates.
        var created = next.SelectMany(a => a.Events).Select(e => e.Key).Where((_, i) => i % 2 == 0).ToList();
        var statements = content.Statements.Concat(content.Links(created)).Prepend(plan.Articles).ToList();

        (await OperatorsThatGrowAsync(statements)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_batch_writes_every_link_of_events_with_and_without_target()
    {
        var batch = Synthetic("links", articles: 30);
        var events = batch.Sum(a => a.Events.Length);

        var result = await store.WriteBatchAsync(batch, Ct);

        result.EventsAdded.ShouldBe(events);
        result.MentionsAdded.ShouldBe(events);
        var counts = await client.ExecuteAsync(
            [
                new CypherStatement("MATCH (:Actor)-[r:SOURCE_OF]->(:Event) RETURN count(r)"),
                new CypherStatement("MATCH (:Event)-[r:TARGET]->(:Actor) RETURN count(r)"),
                new CypherStatement("MATCH (a:Actor)-[r]->(b:Actor) WHERE exists(r.event_id) RETURN count(r)"),
            ],
            Ct);
        var withTarget = batch.Sum(a => a.Events.Count(e => e.Target is not null));
        counts[0].Single().GetInt64().ShouldBe(events);
        counts[1].Single().GetInt64().ShouldBe(withTarget);
        counts[2].Single().GetInt64().ShouldBe(withTarget);
    }

    /// <summary>The operators of each statement's plan (EXPLAIN runs nothing) that grow with the graph, as "statement: operator".</summary>
    private async Task<List<string>> OperatorsThatGrowAsync(IReadOnlyList<CypherStatement> statements)
    {
        var info = await client.ConnectAsync(Ct);
        var explained = statements.Select(s => new CypherStatement("EXPLAIN " + s.Text, s.Parameters)).ToList();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, info.CommitEndpoint) { Content = new ByteArrayContent(Neo4jClient.SerializeRequest(explained)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.User}:{server.Password}")));
        using var response = await http.SendAsync(request, Ct);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        doc.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(0, doc.RootElement.GetProperty("errors").ToString());
        var found = new List<string>();
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < results.Count; i++)
        {
            var name = statements[i].Text.Split('\n').First(l => l.Contains("MATCH", StringComparison.Ordinal) || l.Contains("MERGE", StringComparison.Ordinal)).Trim();
            foreach (var op in Operators(results[i].GetProperty("plan").GetProperty("root")))
            {
                if (OperatorsThatGrowWithTheGraph.Any(bad => op.StartsWith(bad, StringComparison.Ordinal))) found.Add($"{name}: {op} in {results[i].GetProperty("plan").GetProperty("root")}");
            }
        }
        return found;
    }

    private static IEnumerable<string> Operators(JsonElement plan)
    {
        yield return plan.GetProperty("operatorType").GetString()!;
        if (!plan.TryGetProperty("children", out var children)) yield break;
        foreach (var child in children.EnumerateArray())
        {
            foreach (var op in Operators(child)) yield return op;
        }
    }

    /// <summary>Articles of ten events each over every event type, among a pool of people and states; every seventh event has no target.</summary>
    private static List<ArticleExtraction> Synthetic(string prefix, int articles)
    {
        var people = Enumerable.Range(0, 40).Select(i => Actor.Create($"Person {prefix} {i}", ActorKind.Person)).ToArray();
        var states = Enumerable.Range(0, 12).Select(i => Actor.Create($"State {prefix} {i}", ActorKind.State)).ToArray();
        var types = Enum.GetValues<EventType>();
        var result = new List<ArticleExtraction>();
        for (var a = 0; a < articles; a++)
        {
            var sentences = Enumerable.Range(0, 10).Select(k => $"Sentence {k} of article {a} in {prefix}.").ToArray();
            var text = string.Join(' ', sentences);
            var article = Article.Create(text, $"{prefix} {a}", null, "test", null, "en", null);
            var events = ImmutableArray.CreateBuilder<Event>();
            var offset = 0;
            for (var k = 0; k < sentences.Length; k++)
            {
                var i = (a * 10) + k;
                var mention = new Mention(article.Id, sentences[k], new TextSpan(offset, offset + sentences[k].Length));
                offset += sentences[k].Length + 1;
                var target = i % 7 == 0 ? null : states[(i * 5) % states.Length];
                events.Add(new Event(people[i % people.Length], types[i % types.Length], target, EventDate.OfDay(new DateOnly(2020, 1, 1).AddDays(i)), null, 0.8, false, [mention]));
            }
            result.Add(new ArticleExtraction(article, events.ToImmutable(), []));
        }
        return result;
    }
}
