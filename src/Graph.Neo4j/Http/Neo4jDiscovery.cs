using System.Text.Json;

namespace Graph.Neo4j.Http;

/// <summary>
/// Reads the server's root document (<c>GET /</c>). 4.x and 5.x name a transaction URL template
/// (<c>…/db/{databaseName}/tx</c>) and their version; 3.x only points at <c>/db/data/</c>, whose
/// own document carries the version and the transaction endpoint lives at <c>/db/data/transaction</c>.
/// </summary>
internal static class Neo4jDiscovery
{
    /// <summary>Either a finished discovery (<see cref="Info"/>) or the 3.x data document still to read.</summary>
    internal sealed record RootDocument(Neo4jServerInfo? Info, Uri? DataDocument);

    public static RootDocument ParseRoot(string json, Uri baseUrl, string database)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentException.ThrowIfNullOrEmpty(database);
        using var doc = Parse(json, baseUrl);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw NotNeo4j(baseUrl);
        }
        if (GetString(root, "transaction") is { } template)
        {
            var tx = template.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal).TrimEnd('/');
            var version = GetString(root, "neo4j_version") ?? "4.0.0";
            return new(new Neo4jServerInfo(Rebase(baseUrl, tx + "/commit"), version, GetString(root, "neo4j_edition")), null);
        }
        if (GetString(root, "data") is { } data)
        {
            return new(null, Rebase(baseUrl, data.EndsWith('/') ? data : data + "/"));
        }
        throw NotNeo4j(baseUrl);
    }

    /// <summary>Completes a 3.x discovery from the <c>/db/data/</c> document.</summary>
    public static Neo4jServerInfo ParseDataDocument(string json, Uri baseUrl, Uri dataDocument)
    {
        ArgumentNullException.ThrowIfNull(dataDocument);
        using var doc = Parse(json, baseUrl);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw NotNeo4j(baseUrl);
        }
        var version = GetString(root, "neo4j_version") ?? "3.0.0";
        var tx = GetString(root, "transaction") is { } t ? Rebase(baseUrl, t.TrimEnd('/') + "/commit") : new Uri(dataDocument, "transaction/commit");
        return new Neo4jServerInfo(tx, version, null);
    }

    // The root document advertises the server's own idea of its address (often localhost, or a
    // container name); only the configured URL is known to reach it, so keep just the path.
    /// <summary>The path the server advertises, on the address we reach it by (it may know itself by another name, e.g. behind Docker or a proxy).</summary>
    internal static Uri Rebase(Uri baseUrl, string advertised)
    {
        var path = Uri.TryCreate(advertised, UriKind.Absolute, out var abs) ? abs.AbsolutePath : advertised;
        return new UriBuilder(baseUrl) { Path = path, Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    private static JsonDocument Parse(string json, Uri baseUrl)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException("Graph.Neo4j.Discovery", $"{baseUrl} did not answer with a Neo4j discovery document (not JSON): {ex.Message}", ex);
        }
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static Neo4jException NotNeo4j(Uri baseUrl) =>
        new("Graph.Neo4j.Discovery", $"{baseUrl} does not look like a Neo4j server: its root document names neither a transaction endpoint nor /db/data/. Check Graph:Neo4j:Url (the HTTP port, usually 7474).");
}
