using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Domain.Actors;
using Graph.Domain.Events;

namespace Graph.Cli.Output;

/// <summary>
/// One JSON object per event, the format <c>graph extract --format jsonl</c> prints and the
/// evaluation scorer reads: file, article, source, target, type, date, place, confidence, alleged,
/// sentence, span (and explain with --explain).
/// </summary>
public static class EventJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep «», accents and typographic quotes readable in the output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJsonLine(Event e, string? file, string articleId, bool explain)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("article", articleId);
            w.WritePropertyName("source");
            WriteActor(w, e.Source);
            w.WritePropertyName("target");
            if (e.Target is null) w.WriteNullValue(); else WriteActor(w, e.Target);
            w.WriteString("type", e.Type.ToString());
            w.WriteString("date", e.Date.Iso);
            w.WriteString("precision", e.Date.Precision.ToString().ToLowerInvariant());
            w.WriteString("place", e.Place);
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteBoolean("alleged", e.Alleged);
            w.WriteString("cameo", e.Info.Cameo);
            w.WriteNumber("goldstein", e.Info.Goldstein);
            w.WriteString("key", e.Key);
            var first = e.Mentions.IsDefaultOrEmpty ? null : e.Mentions[0];
            w.WriteString("sentence", first?.Sentence);
            w.WritePropertyName("span");
            if (first is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartArray();
                w.WriteNumberValue(first.Span.Start);
                w.WriteNumberValue(first.Span.End);
                w.WriteEndArray();
            }
            w.WriteNumber("mentions", e.Mentions.IsDefault ? 0 : e.Mentions.Length);
            if (explain && e.Evidence is { } why)
            {
                w.WritePropertyName("explain");
                w.WriteStartObject();
                w.WriteString("cue", why.Cue);
                w.WriteString("rule", why.Rule);
                w.WritePropertyName("resolutions");
                w.WriteStartArray();
                foreach (var r in why.Resolutions) w.WriteStringValue(r);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteActor(Utf8JsonWriter w, Actor actor)
    {
        w.WriteStartObject();
        w.WriteString("id", actor.Id);
        w.WriteString("name", actor.Name);
        w.WriteString("kind", actor.Kind.ToString().ToLowerInvariant());
        w.WriteString("country", actor.Country);
        w.WriteEndObject();
    }
}
