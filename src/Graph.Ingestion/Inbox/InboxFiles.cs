using System.Globalization;
using System.Text;

namespace Graph.Ingestion.Inbox;

/// <summary>Moving finished files out of the inbox without ever overwriting anything.</summary>
public static class InboxFiles
{
    /// <summary>Names of files still being written by common tools: never read them.</summary>
    public static bool IsTemporaryName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName.StartsWith('.')
            || fileName.StartsWith("~$", StringComparison.Ordinal)
            || fileName.EndsWith('~')
            || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".temp", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".partial", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".download", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".swp", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Moves the file into <paramref name="folder"/>; on a name clash adds "-1", "-2"… before the extension.</summary>
    /// <returns>The new path.</returns>
    public static string MoveWithoutOverwrite(string path, string folder, string? companionSuffix = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var i = 0; ; i++)
        {
            var candidate = Path.Combine(folder, i == 0 ? name + extension : string.Create(CultureInfo.InvariantCulture, $"{name}-{i}{extension}"));
            if (File.Exists(candidate) || (companionSuffix is not null && File.Exists(candidate + companionSuffix)))
            {
                continue;
            }
            try
            {
                File.Move(path, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate) && File.Exists(path))
            {
                // Another process took the name between the check and the move: try the next one.
            }
        }
    }

    /// <summary>Moves a file that could not be ingested to the failed folder with a NAME.error.txt that says why.</summary>
    /// <returns>The new path of the file.</returns>
    public static string MoveToFailed(string path, string failedFolder, string inboxFolder, IReadOnlyList<string> reasons, DateTimeOffset when)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var moved = MoveWithoutOverwrite(path, failedFolder, ErrorSuffix);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"graph could not ingest \"{Path.GetFileName(path)}\".\n")
            .Append(CultureInfo.InvariantCulture, $"When: {when.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC\n")
            .Append(CultureInfo.InvariantCulture, $"Dropped into: {Path.GetFullPath(inboxFolder)}\n")
            .Append(reasons.Count == 1 ? "Why: " : "Why (one line per problem):\n");
        foreach (var reason in reasons)
        {
            text.Append(reasons.Count == 1 ? string.Empty : "  - ").Append(reason).Append('\n');
        }
        text.Append("What now: fix the file and drop it into the inbox again. Articles of this file that were ingested are not written twice.\n");
        using var stream = new FileStream(moved + ErrorSuffix, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(text.ToString());
        return moved;
    }

    public const string ErrorSuffix = ".error.txt";
}
