using Graph.Domain.Articles;

namespace Graph.Extraction.Reading;

/// <summary>Reads one file format into articles. A file may hold several articles (JSONL).</summary>
public interface IArticleReader
{
    /// <summary>File extensions this reader handles, lower case with the dot (".txt").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the file's content; <paramref name="path"/> is recorded on each article and named in errors.</summary>
    /// <exception cref="ArticleReadException">The content is not a readable article; the message says why in one line.</exception>
    IEnumerable<Article> Read(string path, ReadOnlyMemory<byte> content);

    /// <summary>
    /// Reads the content as results, so that a file holding several articles can report one bad
    /// article and still yield the others. By default the first error ends the file.
    /// </summary>
    IEnumerable<ArticleReadResult> ReadResults(string path, ReadOnlyMemory<byte> content)
    {
        var results = new List<ArticleReadResult>();
        try
        {
            foreach (var article in Read(path, content))
            {
                results.Add(ArticleReadResult.Ok(path, article));
            }
        }
        catch (ArticleReadException ex)
        {
            results.Add(ArticleReadResult.Failed(path, ex.Message));
        }
        return results;
    }
}
