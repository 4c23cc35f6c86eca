using System.Text;
using Graph.Cli.Hosting;

namespace Graph.Cli.Output;

/// <summary>Writes a command's <c>-o FILE</c>: whole or not at all.</summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes beside the target and moves into place, so a failed or cancelled write never leaves half a file
    /// or clobbers the previous one. A missing folder is created, or with <paramref name="createFolder"/> off,
    /// is a usage error; so is a place that cannot be written.
    /// </summary>
    public static async Task WriteAsync(string path, bool createFolder, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var directory = Path.GetDirectoryName(path);
        if (!createFolder && !string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            throw new CliUsageException($"-o {path}: the folder {directory} does not exist.");
        }
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using (var writer = new StreamWriter(temporary, append: false, Utf8))
            {
                await write(writer, cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"-o {path}: cannot write there ({ex.Message}).", ex);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
