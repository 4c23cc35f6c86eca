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
        var content = plan.ForNewArticles([extraction.Article.Id]);
        var links = content.Links([extraction.Events[0].Key]);

        foreach (var statement in content.Statements.Concat(links).Prepend(plan.Articles))
        {
            statement.Text.ShouldNotContain("DETACH DELETE");
            statement.Text.ShouldNotContain("token");
        }
        links.Select(s => s.Text).ShouldContain(GraphCypher.CreateLinks[EventType.ATTACK]);
    }

    [Fact]
    public void Reports_of_one_event_in_a_batch_are_merged_before_they_are_sent()
    {
        var moscow = MoscowArticle();
        var second = SecondReportOfTheMeeting();
        var plan = WritePlan.Build([moscow, second, moscow], DateTimeOffset.UnixEpoch, "t");

        var content = plan.ForNewArticles([moscow.Article.Id, second.Article.Id]);

        plan.ArticleCount.ShouldBe(2);
        content.EventCount.ShouldBe(2);
        var events = (List<Dictionary<string, object?>>)content.Statements[WritePlan.EventsIndex].Parameters!["events"]!;
        var meet = events.Where(e => (string)((Dictionary<string, object?>)e["props"]!)["type"]! == "MEET").ShouldHaveSingleItem();
        ((Dictionary<string, object?>)meet["props"]!)["confidence"].ShouldBe(0.92);
        var articles = (List<Dictionary<string, object?>>)content.Statements[WritePlan.MentionsIndex].Parameters!["articles"]!;
        articles.Sum(a => ((List<Dictionary<string, object?>>)a["mentions"]!).Count).ShouldBe(3);
    }

    [Fact]
    public void Articles_already_stored_bring_nothing_to_the_second_step()
    {
        var moscow = MoscowArticle();
        var second = SecondReportOfTheMeeting();
        var plan = WritePlan.Build([moscow, second], DateTimeOffset.UnixEpoch, "t");

        plan.ForNewArticles([]).Statements.ShouldBeEmpty();
        var onlySecond = plan.ForNewArticles([second.Article.Id]);
        onlySecond.EventCount.ShouldBe(1);
        var articles = (List<Dictionary<string, object?>>)onlySecond.Statements[WritePlan.MentionsIndex].Parameters!["articles"]!;
        articles.ShouldHaveSingleItem()["id"].ShouldBe(second.Article.Id);
    }

    [Fact]
    public void Only_events_the_second_step_created_get_links_the_others_get_their_typed_relationship_updated()
    {
        var moscow = MoscowArticle();
        var plan = WritePlan.Build([moscow], DateTimeOffset.UnixEpoch, "t");
        var content = plan.ForNewArticles([moscow.Article.Id]);
        var meet = moscow.Events.Single(e => e.Type == EventType.MEET).Key;

        var links = content.Links([meet]);

        links.Select(s => s.Text).ShouldBe([GraphCypher.CreateLinks[EventType.MEET], GraphCypher.UpdateTyped[EventType.PHONE_CALL]]);
    }
}
