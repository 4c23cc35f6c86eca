using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Domain.Actors;
using Graph.Domain.Articles;
using Graph.Domain.Dates;
using Graph.Domain.Events;
using Graph.Extraction.Pipeline;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>Finds "Name met Name." sentences and dates them on the article's publication day: enough to see what reached the store.</summary>
public sealed partial class FakeEventExtractor : IEventExtractor
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        Interlocked.Increment(ref _calls);
        var date = article.PublishedDate is { } day ? EventDate.OfDay(day) : EventDate.Unknown;
        var events = Meeting().Matches(article.Text).Select(m => new Event(
            Actor.Create(m.Groups["a"].Value, ActorKind.Person),
            EventType.MEET,
            Actor.Create(m.Groups["b"].Value, ActorKind.Person),
            date,
            null,
            0.9,
            false,
            [new Mention(article.Id, m.Value, new TextSpan(m.Index, m.Index + m.Length))]));
        return new ArticleExtraction(article, ArticleExtraction.Deduplicate(events), ImmutableArray<string>.Empty);
    }

    [GeneratedRegex(@"(?<a>[A-Z][a-z]+) met (?<b>[A-Z][a-z]+)\.")]
    private static partial Regex Meeting();
}
