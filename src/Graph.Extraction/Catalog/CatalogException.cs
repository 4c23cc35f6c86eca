namespace Graph.Extraction.Catalog;

/// <summary>A catalogue file that cannot be used; the message names the file, the line and what is wrong.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(string message) : base(message)
    {
    }

    public CatalogException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public CatalogException()
    {
    }

    public static CatalogException At(string file, long line, string problem) =>
        new($"Actor catalogue {file}, line {line}: {problem}");
}
