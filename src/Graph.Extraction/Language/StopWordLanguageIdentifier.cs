using System.Collections.Frozen;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Language;

/// <summary>Counts stop words of each language in the first few thousand characters; the most frequent language wins.</summary>
public sealed class StopWordLanguageIdentifier : ILanguageIdentifier
{
    private const int SampleLength = 4000;
    private const int MinimumHits = 3;
    private readonly FrozenDictionary<string, string[]> _languagesByWord;

    public StopWordLanguageIdentifier()
        : this(EmbeddedLexicon.Read<Dictionary<string, List<string>>>("languages.yaml"))
    {
    }

    public StopWordLanguageIdentifier(IReadOnlyDictionary<string, List<string>> stopWords)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        _languagesByWord = stopWords
            .SelectMany(kv => kv.Value.Select(w => (Word: w.ToLowerInvariant(), Language: kv.Key)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Language).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public string? Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = _languagesByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        var i = 0;
        while (i < sample.Length)
        {
            while (i < sample.Length && !char.IsLetter(sample[i])) i++;
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            var length = i - start;
            if (length == 0 || length > buffer.Length) continue;
            var word = buffer[..length];
            sample.AsSpan(start, length).ToLowerInvariant(word);
            if (lookup.TryGetValue(word, out var languages))
            {
                foreach (var language in languages)
                {
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                }
            }
        }
        if (counts.Count == 0) return null;
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return best.Value >= MinimumHits ? best.Key : null;
    }
}
