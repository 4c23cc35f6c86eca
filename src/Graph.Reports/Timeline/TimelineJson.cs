using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Reports.Timeline;

/// <summary>The JSON form of a timeline: camelCase names, enums as strings, indented (TIMELINE-JSON.md).</summary>
public static class TimelineJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Accents and typographic quotes stay readable; the default encoder would still escape <, > and &.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        IgnoreReadOnlyProperties = true,
        // A file missing a required field, or with null where the structure has none, is refused rather than half-read.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(TimelineReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Options);
    }

    /// <summary>Reads a timeline written by <see cref="Serialize"/>; throws <see cref="JsonException"/> on anything else.</summary>
    public static TimelineReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using (var doc = JsonDocument.Parse(json))
        {
            var format = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
                ? f.GetString()
                : null;
            if (format != TimelineReport.FormatName)
            {
                throw new JsonException($"Expected a timeline with format '{TimelineReport.FormatName}', found {(format is null ? "no format" : $"'{format}'")}.");
            }
        }
        return JsonSerializer.Deserialize<TimelineReport>(json, Options) ?? throw new JsonException("The JSON is null, not a timeline.");
    }
}
