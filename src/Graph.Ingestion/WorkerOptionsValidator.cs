using Microsoft.Extensions.Options;

namespace Graph.Ingestion;

/// <summary>Checks what data annotations cannot: usable paths and feed URLs.</summary>
internal sealed class WorkerOptionsValidator : IValidateOptions<WorkerOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckFolder(failures, "InboxPath", options.InboxPath);
        CheckFolder(failures, "ProcessedPath", options.ResolvedProcessedPath);
        CheckFolder(failures, "FailedPath", options.ResolvedFailedPath);
        if (!string.IsNullOrWhiteSpace(options.LedgerPath))
        {
            if (options.LedgerPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                failures.Add($"{WorkerOptions.Section}:LedgerPath '{options.LedgerPath}' is not a valid path.");
            }
            else if (Directory.Exists(options.LedgerPath))
            {
                failures.Add($"{WorkerOptions.Section}:LedgerPath '{options.LedgerPath}' is a folder; give a file name such as data/ledger.db.");
            }
        }
        if (SamePath(options.InboxPath, options.ResolvedProcessedPath) || SamePath(options.InboxPath, options.ResolvedFailedPath))
        {
            failures.Add($"{WorkerOptions.Section}: the processed and failed folders must differ from the inbox, or every file would be ingested again.");
        }
        if (options.RetryMaxSeconds < options.RetryInitialSeconds)
        {
            failures.Add($"{WorkerOptions.Section}:RetryMaxSeconds ({options.RetryMaxSeconds}) is below RetryInitialSeconds ({options.RetryInitialSeconds}).");
        }
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var url = options.Feeds[i];
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{WorkerOptions.Section}:Feeds:{i} '{url}' is not an absolute http or https URL.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckFolder(List<string> failures, string key, string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return;
        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{WorkerOptions.Section}:{key} '{path}' is not a valid path.");
        }
        else if (File.Exists(path))
        {
            failures.Add($"{WorkerOptions.Section}:{key} '{path}' is a file, not a folder.");
        }
    }

    private static bool SamePath(string a, string b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b)
        && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
