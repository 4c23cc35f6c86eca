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
}
