namespace Graph.Extraction.Reading;

// Placeholder until the readers land; replaced by the reading work.
public sealed class ArticleLoader : IArticleLoader
{
    public bool IsSupported(string path) => throw new NotImplementedException();

    public IEnumerable<string> EnumerateFiles(IEnumerable<string> paths) => throw new NotImplementedException();

    public IEnumerable<ArticleReadResult> LoadFile(string path, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public IEnumerable<ArticleReadResult> Load(IEnumerable<string> paths, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
