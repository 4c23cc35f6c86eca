using Graph.Domain.Articles;
using Graph.Domain.Events;

namespace Graph.Extraction.Pipeline;

// Placeholder until the extraction engine lands.
public sealed class RuleBasedExtractor : IEventExtractor
{
    public ArticleExtraction Extract(Article article, CancellationToken cancellationToken = default) =>
        new(article, [], []);
}
