using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Domain.Articles;
using Graph.Extraction.Reading;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>
/// Reads .txt/.md (with a "published:" front-matter line) and .html (text of the &lt;p&gt; elements);
/// refuses empty or binary files with a one-line reason, like the real readers.
/// </summary>
public sealed partial class FakeArticleLoader : IArticleLoader
{
    private static readonly string[] Supported = [".txt", ".md", ".html"];

    public bool IsSupported(string path) => Supported.Contains(Path.GetExtension(path).ToLowerInvariant());

    public IEnumerable<string> EnumerateFiles(IEnumerable<string> paths) => paths.Where(IsSupported).Order(StringComparer.Ordinal);

    public IEnumerable<ArticleReadResult> LoadFile(string path, CancellationToken cancellationToken = default)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0) return [ArticleReadResult.Failed(path, $"{path}: empty file")];
        if (Array.IndexOf(bytes, (byte)0) >= 0) return [ArticleReadResult.Failed(path, $"{path}: binary file, not text (NUL byte at offset {Array.IndexOf(bytes, (byte)0)})")];
        var text = Encoding.UTF8.GetString(bytes);
        DateTimeOffset? published = null;
        if (Path.GetExtension(path) == ".html")
        {
            text = string.Join("\n", Paragraph().Matches(text).Select(m => m.Groups[1].Value.Trim()));
        }
        else if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            foreach (var line in text[4..end].Split('\n'))
            {
                if (line.StartsWith("published:", StringComparison.Ordinal))
                {
                    published = DateTimeOffset.Parse(line["published:".Length..].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                }
            }
            text = text[(end + 5)..];
        }
        return [ArticleReadResult.Ok(path, Article.Create(text.Trim(), title: null, published: published, file: path))];
    }

    public IEnumerable<ArticleReadResult> Load(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        EnumerateFiles(paths).SelectMany(p => LoadFile(p, cancellationToken));

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();
}
