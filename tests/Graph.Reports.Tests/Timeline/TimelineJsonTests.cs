using System.Text.Json;
using Graph.Reports.Timeline;
using Shouldly;
using Xunit;
using static Graph.Reports.Tests.Samples;

namespace Graph.Reports.Tests.Timeline;

public sealed class TimelineJsonTests
{
    [Fact]
    public void A_timeline_read_back_from_its_json_equals_the_original()
    {
        var report = new TimelineBuilder(Clock).Build(PutinYear(), new TimelineQuery(Putin.Id, Types: new HashSet<Domain.Events.EventType> { Domain.Events.EventType.MEET, Domain.Events.EventType.CRITICIZE }));
        var full = new TimelineBuilder(Clock).Build(Busy(), new TimelineQuery(Putin.Id, From: new DateOnly(2025, 1, 1)));

        TimelineJson.Deserialize(TimelineJson.Serialize(report)).ShouldBe(report);
        TimelineJson.Deserialize(TimelineJson.Serialize(full)).ShouldBe(full);
        TimelineJson.Serialize(TimelineJson.Deserialize(TimelineJson.Serialize(full))).ShouldBe(TimelineJson.Serialize(full));
    }

    [Fact]
    public void The_json_uses_the_documented_names()
    {
        var json = TimelineJson.Serialize(new TimelineBuilder(Clock).Build(PutinYear(), new TimelineQuery(Putin.Id)));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        root.GetProperty("format").GetString().ShouldBe("graph-timeline/1");
        root.GetProperty("actor").GetProperty("id").GetString().ShouldBe("vladimir-putin");
        root.GetProperty("with").ValueKind.ShouldBe(JsonValueKind.Null);
        var first = root.GetProperty("periods")[1].GetProperty("events")[0];
        first.GetProperty("date").GetString().ShouldBe("2025-09-27");
        first.GetProperty("precision").GetString().ShouldBe("Day");
        first.GetProperty("type").GetString().ShouldBe("MEET");
        first.GetProperty("direction").GetString().ShouldBe("Mutual");
        first.GetProperty("counterpart").GetProperty("name").GetString().ShouldBe("Alexander Lukashenko");
        first.GetProperty("quotes")[0].GetProperty("link").GetString().ShouldBe("https://news.example.org/vertice?id=1");
        root.GetProperty("undated")[0].GetProperty("date").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Json_of_another_kind_is_refused_with_a_clear_message()
    {
        var ex = Should.Throw<JsonException>(() => TimelineJson.Deserialize("{\"format\":\"something-else\"}"));

        ex.Message.ShouldContain("graph-timeline/1");
    }
}
