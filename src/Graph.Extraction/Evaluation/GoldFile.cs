using System.Text.Json;

namespace Graph.Extraction.Evaluation;

/// <summary>Reads gold files (JSON Lines, one triple per line); a malformed line is an error naming the file and line.</summary>
public static class GoldFile
{
    public static IReadOnlyList<GoldTriple> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"gold file '{path}' does not exist", path);
        return Parse(File.ReadLines(path), path);
    }

    public static IReadOnlyList<GoldTriple> Parse(IEnumerable<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<GoldTriple>();
        var n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var file = root.GetProperty("file").GetString() ?? throw new FormatException("'file' is null");
                var type = root.GetProperty("type").GetString() ?? throw new FormatException("'type' is null");
                if (!Domain.Events.EventTypes.TryParse(type, out _)) throw new FormatException($"unknown type '{type}'");
                var date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                var optional = root.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
                result.Add(new GoldTriple(Path.GetFileName(file), Names(root.GetProperty("source")), type.ToUpperInvariant(), Names(root.GetProperty("target")), date, optional));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{name}:{n}: not a gold triple: {ex.Message}", ex);
            }
        }
        return result;
    }

    private static List<string> Names(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => [.. e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)],
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => [.. new[] { "name", "id" }.Select(k => e.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).OfType<string>()],
        _ => [],
    };
}
