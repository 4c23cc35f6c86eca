using Graph.Domain.Actors;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Neo4j.Store;
using Graph.Neo4j.Tests.Support;
using Shouldly;
using Xunit;
using static Graph.Neo4j.Tests.Support.Extractions;

namespace Graph.Neo4j.Tests.Store;

public sealed class WritePlanTests
{
    [Fact]
    public void Relationship_types_come_from_the_event_type_enum_only()
    {
        GraphCypher.MergeTyped.Count.ShouldBe(Enum.GetValues<EventType>().Length);
        foreach (var (type, cypher) in GraphCypher.MergeTyped)
        {
            cypher.ShouldContain($"-[r:{type} {{event_id: id}}]->");
        }
    }

    [Fact]
    public void Text_from_articles_travels_only_as_parameters()
    {
        var hostile = Actor.Create("X']->(n) DETACH DELETE n //", ActorKind.Group);
        var extraction = Single(hostile, EventType.ATTACK, Putin, EventDate.OfDay(2025, 1, 2), "MATCH (n) DETACH DELETE n");

        var plan = WritePlan.Build([extraction], DateTimeOffset.UnixEpoch, "token");

        foreach (var statement in plan.Statements)
        {
            statement.Text.ShouldNotContain("DETACH DELETE");
            statement.Text.ShouldNotContain("token");
        }
        plan.Statements.Select(s => s.Text).ShouldContain(GraphCypher.MergeTyped[EventType.ATTACK]);
    }

    [Fact]
    public void Reports_of_one_event_in_a_batch_are_merged_before_they_are_sent()
    {
        var plan = WritePlan.Build([MoscowArticle(), SecondReportOfTheMeeting()], DateTimeOffset.UnixEpoch, "t");

        plan.ArticleCount.ShouldBe(2);
        plan.EventCount.ShouldBe(2);
        var events = (List<Dictionary<string, object?>>)plan.Statements[WritePlan.EventsIndex].Parameters!["events"]!;
        var meetRows = events.Where(e => (string)e["type"]! == "MEET").ToList();
        meetRows.Count.ShouldBe(2); // one row per reporting article, so either can be the one that is new
        meetRows.ShouldAllBe(r => (string)r["source"]! == "vladimir-putin" && (double)r["confidence"]! == 0.92);
        var mentions = (List<Dictionary<string, object?>>)plan.Statements[WritePlan.MentionsIndex].Parameters!["mentions"]!;
        mentions.Count.ShouldBe(3);
    }
}
