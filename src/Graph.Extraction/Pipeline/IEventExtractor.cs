using Graph.Domain.Articles;
using Graph.Domain.Events;

namespace Graph.Extraction.Pipeline;

/// <summary>Turns one article into its events. Never throws on odd text: problems become warnings.</summary>
public interface IEventExtractor
{
    ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default);
}
