using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;

namespace Graph.Neo4j.Tests.Support;

/// <summary>Extractions built by hand, as the extractor would hand them to the store.</summary>
internal static class Extractions
{
    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin", "Vladimir Vladimirovich Putin"], "President of Russia");
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko", "Aljaksandr Lukašenka"], "President of Belarus");
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS");

    public const string MoscowText =
        "Vladimir Putin met Alexander Lukashenko in Moscow on 27 September 2025 to talk about the union state. "
        + "On 30 December 2025 Lukashenko phoned Putin to wish him a happy new year and to discuss gas prices.";

    /// <summary>Putin –MEET→ Lukashenko on 2025-09-27 and Lukashenko –PHONE_CALL→ Putin on 2025-12-30.</summary>
    public static ArticleExtraction MoscowArticle()
    {
        var article = Article.Create(MoscowText, "Putin and Lukashenko: a meeting and a call", new DateTimeOffset(2025, 12, 31, 9, 30, 0, TimeSpan.Zero),
            "Example Wire", "https://news.example/putin-lukashenko", "en", "inbox/putin-lukashenko.txt");
        var meetSentence = MoscowText[..MoscowText.IndexOf(" On 30", StringComparison.Ordinal)];
        var callStart = MoscowText.IndexOf("On 30", StringComparison.Ordinal);
        return Extraction(article,
            Event(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 9, 27), "Moscow", 0.92, article.Id, MoscowText, 0, meetSentence.Length),
            Event(Lukashenko, EventType.PHONE_CALL, Putin, EventDate.OfDay(2025, 12, 30), null, 0.85, article.Id, MoscowText, callStart, MoscowText.Length));
    }

    /// <summary>A second article on the same meeting, naming the ends the other way round.</summary>
    public static ArticleExtraction SecondReportOfTheMeeting()
    {
        const string text = "Il presidente bielorusso Lukashenko ha incontrato Putin a Mosca il 27 settembre 2025.";
        var article = Article.Create(text, "Lukashenko a Mosca", new DateTimeOffset(2025, 9, 28, 0, 0, 0, TimeSpan.Zero), "Agenzia Esempio", null, "it", "inbox/lukashenko-mosca.txt", publishedHasTime: false);
        return Extraction(article, Event(Lukashenko, EventType.MEET, Putin, EventDate.OfDay(2025, 9, 27), "Mosca", 0.7, article.Id, text, 0, text.Length));
    }

    /// <summary>The same pair meeting again, on another day.</summary>
    public static ArticleExtraction SecondMeeting()
    {
        const string text = "Putin and Lukashenko met again in Minsk on 5 November 2025.";
        var article = Article.Create(text, "Minsk meeting", new DateTimeOffset(2025, 11, 6, 8, 0, 0, TimeSpan.Zero), "Example Wire", null, "en", "inbox/minsk.txt");
        return Extraction(article, Event(Putin, EventType.MEET, Lukashenko, EventDate.OfDay(2025, 11, 5), "Minsk", 0.9, article.Id, text, 0, text.Length));
    }

    public static ArticleExtraction Single(Actor source, EventType type, Actor? target, EventDate date, string text)
    {
        var article = Article.Create(text, null, null, null, null, "en", null);
        return Extraction(article, Event(source, type, target, date, null, 0.8, article.Id, text, 0, text.Length));
    }

    public static ArticleExtraction Extraction(Article article, params Event[] events) => new(article, [.. events], []);

    public static Event Event(Actor source, EventType type, Actor? target, EventDate date, string? place, double confidence, string articleId, string text, int start, int end) =>
        new(source, type, target, date, place, confidence, false, [new Mention(articleId, text[start..end], new TextSpan(start, end))]);
}
