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
        GraphCypher.CreateLinks.Count.ShouldBe(Enum.GetValues<EventType>().Length);
        GraphCypher.UpdateTyped.Count.ShouldBe(Enum.GetValues<EventType>().Length);
        foreach (var type in Enum.GetValues<EventType>())
        {
            GraphCypher.CreateLinks[type].ShouldContain($"-[r:{type} {{event_id: row.id}}]->");
            GraphCypher.UpdateTyped[type].ShouldContain($"-[r:{type} {{event_id: id}}]->");
        }
        foreach (var kind in Enum.GetValues<ActorKind>())
        {
            GraphCypher.MergeActors[kind].ShouldContain($"SET a:{kind}");
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
        plan.Statements.Select(s => s.Text).ShouldContain(GraphCypher.CreateLinks[EventType.ATTACK]);
    }

    [Fact]
    public void Reports_of_one_event_in_a_batch_are_merged_before_they_are_sent()
    {
        var plan = WritePlan.Build([MoscowArticle(), SecondReportOfTheMeeting()], DateTimeOffset.UnixEpoch, "t");

        plan.ArticleCount.ShouldBe(2);
        plan.EventCount.ShouldBe(2);
        var events = (List<Dictionary<string, object?>>)plan.Statements[WritePlan.EventsIndex].Parameters!["events"]!;
        var meet = events.Where(e => (string)((Dictionary<string, object?>)e["props"]!)["type"]! == "MEET").ShouldHaveSingleItem();
        // One row per event naming every reporting article, so it is written if either is new.
        ((IReadOnlyList<string>)meet["articles"]!).Count.ShouldBe(2);
        meet["source"].ShouldBe("vladimir-putin");
        ((Dictionary<string, object?>)meet["props"]!)["confidence"].ShouldBe(0.92);
        var articles = (List<Dictionary<string, object?>>)plan.Statements[WritePlan.MentionsIndex].Parameters!["articles"]!;
        articles.Sum(a => ((List<Dictionary<string, object?>>)a["mentions"]!).Count).ShouldBe(3);
    }
}
