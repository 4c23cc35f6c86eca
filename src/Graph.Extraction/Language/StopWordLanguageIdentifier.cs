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
        if (counts.Count > 0)
        {
            var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key is "it" or "en" ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
            if (best.Value >= MinimumHits) return best.Key;
            var it = counts.GetValueOrDefault("it");
            var en = counts.GetValueOrDefault("en");
            if (it != en && Math.Max(it, en) >= best.Value) return it > en ? "it" : "en";
        }
        // A headline or a one-line note has too few stop words: Italian words end in a vowel, English ones mostly do not.
        return ItalianOrEnglishByEndings(sample, counts);
    }

    private static string? ItalianOrEnglishByEndings(string sample, Dictionary<string, int> counts)
    {
        if (counts.Keys.Any(k => k is not ("it" or "en") && counts[k] >= MinimumHits)) return null;
        var words = 0;
        var vowelFinal = 0;
        var i = 0;
        while (i < sample.Length)
        {
            while (i < sample.Length && !char.IsLetter(sample[i])) i++;
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i])) i++;
            if (i - start < 3 || char.IsUpper(sample[start])) continue;
            words++;
            if (char.ToLowerInvariant(sample[i - 1]) is 'a' or 'e' or 'i' or 'o' or 'à' or 'è' or 'é' or 'ì' or 'ò' or 'ù') vowelFinal++;
        }
        if (words < 2) return null;
        return vowelFinal * 10 >= words * 6 ? "it" : "en";
    }
}
