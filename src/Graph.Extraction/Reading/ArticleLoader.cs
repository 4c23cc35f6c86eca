using System.Globalization;
using Graph.Extraction.Reading.Formats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Extraction.Reading;

/// <summary>
/// Walks files and directories (recursively, in ordinal order) and reads each file with the reader
/// for its extension, one file at a time so a large folder never sits in memory. Unsupported files
/// met while walking a directory are skipped; a file the user named explicitly is always read or
/// reported. Hidden entries (names starting with '.') are skipped while walking.
/// </summary>
public sealed partial class ArticleLoader : IArticleLoader
{
    private readonly Dictionary<string, IArticleReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReadingOptions _options;
    private readonly ILogger<ArticleLoader> _logger;

    public ArticleLoader(IEnumerable<IArticleReader> readers, IOptions<ReadingOptions> options, ILogger<ArticleLoader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? NullLogger<ArticleLoader>.Instance;
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    /// <summary>A loader with every built-in reader, for tools and tests that do not use a host.</summary>
    public static ArticleLoader CreateDefault(ReadingOptions? options = null) =>
        new(DefaultReaders(), Options.Create(options ?? new ReadingOptions()));

    public static IReadOnlyList<IArticleReader> DefaultReaders() =>
        [new TextArticleReader(), new JsonArticleReader(), new JsonLinesArticleReader(), new HtmlArticleReader()];

    /// <summary>The extensions some reader handles, sorted (".htm", ".html", ".json", …).</summary>
    public IReadOnlyList<string> SupportedExtensions => [.. _byExtension.Keys.Order(StringComparer.Ordinal)];

    public bool IsSupported(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// Named files come back as given (even unsupported ones, so <see cref="LoadFile"/> reports them);
    /// directories give their supported files. Paths that do not exist are left out — <see cref="Load"/> reports them.
    /// </summary>
    public IEnumerable<string> EnumerateFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    yield return file;
                }
            }
        }
    }

    public IEnumerable<ArticleReadResult> Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.Exists(path))
            {
                foreach (var result in LoadFile(path, cancellationToken)) yield return result;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var result in LoadFile(file, cancellationToken)) yield return result;
                }
            }
            else
            {
                yield return ArticleReadResult.Failed(path, $"{path}: no such file or directory");
            }
        }
    }

    public IEnumerable<ArticleReadResult> LoadFile(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var results = Read(path);
        foreach (var result in results)
        {
            if (result.Error is { } error)
            {
                LogReadFailed(_logger, error);
            }
        }
        return results;
    }

    private IReadOnlyList<ArticleReadResult> Read(string path)
    {
        if (Directory.Exists(path))
        {
            return [ArticleReadResult.Failed(path, $"{path}: is a directory, not a file")];
        }
        if (!_byExtension.TryGetValue(Path.GetExtension(path), out var reader))
        {
            var extension = Path.GetExtension(path);
            var what = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
            return [ArticleReadResult.Failed(path, $"{path}: unsupported file type: {what} cannot be read (supported: {string.Join(", ", SupportedExtensions)})")];
        }
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [ArticleReadResult.Failed(path, $"{path}: no such file")];
            }
            if (info.Length > _options.MaxFileBytes)
            {
                return [ArticleReadResult.Failed(path, string.Create(CultureInfo.InvariantCulture,
                    $"{path}: file is {Size(info.Length)} ({info.Length} bytes), over the limit of {Size(_options.MaxFileBytes)} ({_options.MaxFileBytes} bytes); raise {ReadingOptions.Section}:MaxFileBytes to read it"))];
            }
            bytes = ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return [ArticleReadResult.Failed(path, $"{path}: permission denied (cannot read the file)")];
        }
        catch (FileNotFoundException)
        {
            return [ArticleReadResult.Failed(path, $"{path}: no such file")];
        }
        catch (IOException ex)
        {
            return [ArticleReadResult.Failed(path, $"{path}: cannot be read: {ex.Message.ReplaceLineEndings(" ")}")];
        }
        try
        {
            return [.. reader.ReadResults(path, bytes)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A reader bug on one odd file must not stop the batch; the message still names the file.
            LogReaderCrashed(_logger, path, ex);
            return [ArticleReadResult.Failed(path, $"{path}: cannot be read: {ex.Message.ReplaceLineEndings(" ")}")];
        }
    }

    /// <summary>How file bytes are read; tests replace it to simulate I/O failures root cannot trigger.</summary>
    internal Func<string, byte[]> ReadAllBytes { get; init; } = File.ReadAllBytes;

    private IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            // Only names are listed here; contents are read one file at a time by the caller.
            var files = Directory.EnumerateFiles(dir, "*", options)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && IsSupported(f))
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var file in files)
            {
                yield return file;
            }
            var subdirectories = Directory.EnumerateDirectories(dir, "*", options)
                .Where(d => !Path.GetFileName(d).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reader failed unexpectedly on {Path}")]
    private static partial void LogReaderCrashed(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read: {Error}")]
    private static partial void LogReadFailed(ILogger logger, string error);
}
