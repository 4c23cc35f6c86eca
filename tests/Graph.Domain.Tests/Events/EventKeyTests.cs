using Graph.Domain.Actors;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Shouldly;
using Xunit;

namespace Graph.Domain.Tests.Events;

public sealed class EventKeyTests
{
    private static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS");
    private static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR");
    private static readonly EventDate Day = EventDate.OfDay(2025, 9, 27);

    private static Event Make(Actor source, EventType type, Actor? target, EventDate date, string articleId = "a1", int start = 0) =>
        new(source, type, target, date, "Mosca", 0.8, false, [new Mention(articleId, "Frase.", new TextSpan(start, start + 6))]);

    [Fact]
    public void The_same_event_reported_twice_is_one_event_with_two_mentions()
    {
        var events = ArticleExtraction.Deduplicate([Make(Putin, EventType.MEET, Lukashenko, Day, start: 0), Make(Putin, EventType.MEET, Lukashenko, Day, start: 40)]);

        events.ShouldHaveSingleItem().Mentions.Length.ShouldBe(2);
    }

    [Fact]
    public void The_same_pair_on_two_dates_is_two_events()
    {
        Make(Putin, EventType.MEET, Lukashenko, Day).Key.ShouldNotBe(Make(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 12, 30)).Key);
    }

    [Fact]
    public void A_day_and_its_month_are_different_events()
    {
        Make(Putin, EventType.MEET, Lukashenko, Day).Key.ShouldNotBe(Make(Putin, EventType.MEET, Lukashenko, EventDate.OfMonth(2025, 9)).Key);
    }

    [Theory]
    [InlineData(EventType.MEET)]
    [InlineData(EventType.PHONE_CALL)]
    [InlineData(EventType.NEGOTIATE)]
    [InlineData(EventType.AGREE)]
    [InlineData(EventType.INTEND_MEET)]
    public void Symmetric_types_ignore_direction(EventType type)
    {
        Make(Putin, type, Lukashenko, Day).Key.ShouldBe(Make(Lukashenko, type, Putin, Day).Key);
    }

    [Theory]
    [InlineData(EventType.ATTACK)]
    [InlineData(EventType.CRITICIZE)]
    [InlineData(EventType.SUPPORT)]
    [InlineData(EventType.SANCTION)]
    public void Other_types_keep_direction(EventType type)
    {
        Make(Putin, type, Lukashenko, Day).Key.ShouldNotBe(Make(Lukashenko, type, Putin, Day).Key);
    }

    [Fact]
    public void Different_types_are_different_events()
    {
        Make(Putin, EventType.MEET, Lukashenko, Day).Key.ShouldNotBe(Make(Putin, EventType.PHONE_CALL, Lukashenko, Day).Key);
    }

    [Fact]
    public void An_event_without_target_has_a_stable_key_unlike_one_with_a_target()
    {
        var alone = Make(Putin, EventType.MOBILIZE, null, Day);

        alone.Key.ShouldBe(Make(Putin, EventType.MOBILIZE, null, Day).Key);
        alone.Key.ShouldNotBe(Make(Putin, EventType.MOBILIZE, Lukashenko, Day).Key);
    }

    [Fact]
    public void The_key_is_32_lower_case_hex_characters_and_does_not_change_between_runs()
    {
        var key = EventKey.Compute("vladimir-putin", EventType.MEET, "alexander-lukashenko", Day);

        key.Length.ShouldBe(32);
        key.ShouldMatch("^[0-9a-f]{32}$");
        key.ShouldBe(EventKey.Compute("alexander-lukashenko", EventType.MEET, "vladimir-putin", EventDate.Parse("2025-09-27")));
    }

    [Fact]
    public void Merging_reports_keeps_every_mention_the_higher_confidence_and_the_first_place()
    {
        var first = Make(Putin, EventType.MEET, Lukashenko, Day, "a1") with { Place = null, Confidence = 0.6, Alleged = true };
        var second = Make(Lukashenko, EventType.MEET, Putin, Day, "a2") with { Confidence = 0.9 };

        var merged = first.MergeWith(second);

        merged.Mentions.Select(m => m.ArticleId).ShouldBe(["a1", "a2"]);
        merged.Confidence.ShouldBe(0.9);
        merged.Place.ShouldBe("Mosca");
        merged.Alleged.ShouldBeFalse();
    }

    [Fact]
    public void Merging_different_events_is_refused()
    {
        Should.Throw<ArgumentException>(() => Make(Putin, EventType.MEET, Lukashenko, Day).MergeWith(Make(Putin, EventType.ATTACK, Lukashenko, Day)));
    }

    [Fact]
    public void Every_type_has_its_cameo_code_goldstein_score_and_quad_class()
    {
        EventTypes.All.Count.ShouldBe(20);
        EventTypes.All.Select(i => i.Type).ShouldBe(Enum.GetValues<EventType>(), ignoreOrder: true);
        EventType.ATTACK.Info().Goldstein.ShouldBe(-10.0);
        EventType.MEET.Info().Cameo.ShouldBe("040");
        EventType.SANCTION.Info().QuadClass.ShouldBe(QuadClass.MaterialConflict);
    }

    [Theory]
    [InlineData("meet", EventType.MEET)]
    [InlineData("phone-call", EventType.PHONE_CALL)]
    [InlineData("Ease sanctions", EventType.EASE_SANCTIONS)]
    public void Type_names_parse_as_users_write_them(string text, EventType expected)
    {
        EventTypes.TryParse(text, out var type).ShouldBeTrue();
        type.ShouldBe(expected);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("PARTY")]
    [InlineData("")]
    public void Unknown_type_names_do_not_parse(string text)
    {
        EventTypes.TryParse(text, out _).ShouldBeFalse();
    }
}
