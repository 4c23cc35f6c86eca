using System.Runtime.CompilerServices;
using Graph.Cli.Hosting;
using Graph.Domain.Events;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Cli.Output;

/// <summary>
/// Reads and extracts every article under the given paths, one at a time, naming each unreadable
/// file and each extraction warning on stderr so the batch goes on; <see cref="Failed"/> counts the bad files.
/// </summary>
public sealed class ArticleExtractions(IServiceProvider services, CliConsole console)
{
    public int Failed { get; private set; }

    public async IAsyncEnumerable<(string Path, ArticleExtraction Extraction)> ExtractAsync(
        IEnumerable<string> paths,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var loader = services.GetRequiredService<IArticleLoader>();
        var extractor = services.GetRequiredService<IEventExtractor>();
        foreach (var read in loader.Load(paths, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (read.Article is not { } article)
            {
                Failed++;
                await console.Error.WriteLineAsync($"graph: {read.Error}");
                continue;
            }
            var extraction = extractor.Extract(article, cancellationToken);
            foreach (var warning in extraction.Warnings)
            {
                await console.Error.WriteLineAsync($"graph: warning: {read.Path}: {warning}");
            }
            yield return (read.Path, extraction);
        }
    }
}
