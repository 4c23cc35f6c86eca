namespace Graph.Extraction.Reading;

/// <summary>
/// Turns paths given by a user (files and directories, read recursively) into articles, choosing a
/// reader by extension. A bad file yields a result with an error and the rest go on.
/// </summary>
public interface IArticleLoader
{
    /// <summary>True when some reader handles the file's extension.</summary>
    bool IsSupported(string path);

    /// <summary>Every supported file under the given paths, in a stable (ordinal) order.</summary>
    IEnumerable<string> EnumerateFiles(IEnumerable<string> paths);

    /// <summary>Reads one file: one result per article it holds, or a single result with the error.</summary>
    IEnumerable<ArticleReadResult> LoadFile(string path, CancellationToken cancellationToken = default);

    /// <summary>Reads every supported file under the given paths; a path that does not exist is an error result.</summary>
    IEnumerable<ArticleReadResult> Load(IEnumerable<string> paths, CancellationToken cancellationToken = default);
}
