using System.Collections.Immutable;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests.Sqlite;

/// <summary>A store on a fresh file in a temp folder, and small builders for articles and events.</summary>
internal sealed class StoreFixture : IAsyncDisposable
{
    public StoreFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "graph-store-" + Guid.NewGuid().ToString("N"));
        DbPath = Path.Combine(Folder, "nested", "graph.db");
        Store = SqliteGraphStore.Open(DbPath);
    }

    public string Folder { get; }

    public string DbPath { get; }

    public SqliteGraphStore Store { get; }

    public static readonly Actor Putin = Actor.Create("Vladimir Putin", ActorKind.Person, "RUS", ["Putin", "Vladimir Vladimirovič Putin"], "President of Russia");
    public static readonly Actor Lukashenko = Actor.Create("Alexander Lukashenko", ActorKind.Person, "BLR", ["Lukashenko", "Lukašėnka"]);
    public static readonly Actor Russia = Actor.Create("Russia", ActorKind.State, "RUS", ["Russia", "Russia", "Mosca"]);
    public static readonly Actor Ivory = Actor.Create("Côte d'Ivoire", ActorKind.State, "CIV", ["Costa d’Avorio", "«Ivory Coast»"]);
    public static readonly Actor Nato = Actor.Create("NATO", ActorKind.Organization, null, ["Alleanza Atlantica"]);

    public static Article Article(string text, DateTimeOffset? published = null, bool hasTime = true) =>
        Domain.Articles.Article.Create(text, title: "Titolo: “" + text[..Math.Min(12, text.Length)] + "”", published: published,
            source: "Agenzia d’Informazione", url: "https://example.org/" + Domain.Articles.Article.ComputeId(text)[..8],
            language: "it", file: "articoli/pezzo.txt", publishedHasTime: hasTime);

    public static Event Event(Article article, Actor source, EventType type, Actor? target, EventDate date,
        string sentence = "Putin ha incontrato Lukashenko.", int start = 0, string? place = "Mosca", double confidence = 0.8, bool alleged = false, Evidence? evidence = null) =>
        new(source, type, target, date, place, confidence, alleged,
            [new Mention(article.Id, sentence, new TextSpan(start, start + sentence.Length))], evidence);

    public static ArticleExtraction Extraction(Article article, params Event[] events) => new(article, [.. events], ImmutableArray<string>.Empty);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
