namespace Graph.Neo4j.Http;

/// <summary>What discovery found: where to send Cypher and which server version (and so which schema syntax) is there.</summary>
public sealed record Neo4jServerInfo(Uri CommitEndpoint, string Version, string? Edition)
{
    /// <summary>Where a transaction that stays open is begun: the commit endpoint without its <c>/commit</c>.</summary>
    public Uri BeginEndpoint => WithoutCommit(CommitEndpoint);

    /// <summary>A transaction's own address from its commit address (…/tx/7/commit → …/tx/7).</summary>
    internal static Uri WithoutCommit(Uri commit)
    {
        var text = commit.ToString();
        return text.EndsWith("/commit", StringComparison.Ordinal) ? new Uri(text[..^"/commit".Length]) : commit;
    }

    /// <summary>Major and minor of <see cref="Version"/> ("5.26.1" → 5.26); 0.0 when it cannot be read.</summary>
    public Version Release
    {
        get
        {
            var parts = Version.Split('.', '-');
            var major = parts.Length > 0 && int.TryParse(parts[0], out var m) ? m : 0;
            var minor = parts.Length > 1 && int.TryParse(parts[1], out var n) ? n : 0;
            return new Version(major, minor);
        }
    }
}
