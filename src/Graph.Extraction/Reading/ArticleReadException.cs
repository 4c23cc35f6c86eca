namespace Graph.Extraction.Reading;

/// <summary>A file could not be read as an article. <see cref="Exception.Message"/> is one line naming the file and the reason.</summary>
public class ArticleReadException : Exception
{
    public ArticleReadException() { }

    public ArticleReadException(string message) : base(message) { }

    public ArticleReadException(string message, Exception innerException) : base(message, innerException) { }

    public ArticleReadException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    public string? Path { get; }

    public string? Reason { get; }
}
