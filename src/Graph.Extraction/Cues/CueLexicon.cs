using System.Collections.Frozen;
using Graph.Domain.Events;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Cues;

/// <summary>
/// A language's event cues compiled once at start into an index from first word to patterns, so
/// matching a sentence is one dictionary look-up per token (no regular expressions per cue).
/// </summary>
public sealed class CueLexicon
{
    private const int MaxGap = 6;
    private readonly FrozenDictionary<string, (CuePattern Pattern, VerbForm Form)[]> _byFirstWord;

    public CueLexicon(string language, IReadOnlyList<CuePattern> patterns)
    {
        Language = language;
        Patterns = patterns;
        _byFirstWord = patterns
            .SelectMany(p => p.Elements[0].Words.Select(w => (Word: w.Key, Entry: (p, p.Elements[0].IsVerb ? w.Value : VerbForm.None))))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry).ToArray(), StringComparer.Ordinal);
    }

    public string Language { get; }

    public IReadOnlyList<CuePattern> Patterns { get; }

    public static CueLexicon Load(string language)
    {
        var file = EmbeddedLexicon.Read<CueFile>($"{language}/cues.yaml");
        return Compile(language, file.Cues, file.Irregular);
    }

    public static CueLexicon Compile(string language, IReadOnlyDictionary<string, List<string>> cues, IReadOnlyDictionary<string, Dictionary<string, string>>? irregular)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var patterns = new List<CuePattern>();
        foreach (var (typeName, list) in cues)
        {
            if (!EventTypes.TryParse(typeName, out var type))
            {
                throw new InvalidOperationException($"Cue lexicon '{language}': '{typeName}' is not one of the 20 event types.");
            }
            foreach (var text in list)
            {
                patterns.Add(Parse(language, type, text, irregular));
            }
        }
        return new CueLexicon(language, patterns);
    }

    private static CuePattern Parse(string language, EventType type, string text, IReadOnlyDictionary<string, Dictionary<string, string>>? irregular)
    {
        var elements = new List<CueElement>();
        var flags = CueFlags.None;
        var gap = false;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "~")
            {
                gap = true;
                continue;
            }
            if (part.StartsWith('!'))
            {
                flags |= part[1..] switch
                {
                    "reciprocal" => CueFlags.Reciprocal,
                    "dest" => CueFlags.Destination,
                    "future" => CueFlags.Future,
                    "claim" => CueFlags.Claim,
                    _ => throw new InvalidOperationException($"Cue '{text}' ({language}): unknown flag {part}."),
                };
                continue;
            }
            if (part.StartsWith('@'))
            {
                var lemma = part[1..].ToLowerInvariant();
                var irr = irregular is not null && irregular.TryGetValue(lemma, out var i) ? i : null;
                var forms = language == "en" ? Inflector.English(lemma, irr) : Inflector.Italian(lemma, irr);
                elements.Add(new CueElement(forms.ToFrozenDictionary(StringComparer.Ordinal), gap, true));
            }
            else
            {
                var words = part.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant().Replace('’', '\''));
                elements.Add(new CueElement(words.Distinct(StringComparer.Ordinal).ToFrozenDictionary(w => w, _ => VerbForm.None, StringComparer.Ordinal), gap, false));
            }
            gap = false;
        }
        if (elements.Count == 0)
        {
            throw new InvalidOperationException($"Cue '{text}' ({language}) has no words.");
        }
        return new CuePattern(type, text, elements, flags);
    }

    /// <summary>Every cue in the sentence's tokens, overlapping ones included; <see cref="CueMatcher"/> picks among them.</summary>
    public IEnumerable<CueMatch> FindAll(IReadOnlyList<string> lower, Func<int, bool> isBreak)
    {
        for (var i = 0; i < lower.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(lower[i], out var entries)) continue;
            foreach (var (pattern, firstForm) in entries)
            {
                var matched = TryMatch(pattern, lower, i, firstForm, isBreak);
                if (matched is not null) yield return matched;
            }
        }
    }

    private static CueMatch? TryMatch(CuePattern pattern, IReadOnlyList<string> lower, int start, VerbForm firstForm, Func<int, bool> isBreak)
    {
        var tokens = new List<int>(pattern.Elements.Count) { start };
        var head = pattern.Elements[0].IsVerb ? start : -1;
        var form = firstForm;
        var pos = start;
        for (var k = 1; k < pattern.Elements.Count; k++)
        {
            var element = pattern.Elements[k];
            var limit = element.GapBefore ? Math.Min(lower.Count - 1, pos + 1 + MaxGap) : Math.Min(lower.Count - 1, pos + 1);
            var found = -1;
            for (var j = pos + 1; j <= limit; j++)
            {
                if (element.Words.TryGetValue(lower[j], out var f))
                {
                    found = j;
                    if (element.IsVerb)
                    {
                        head = j;
                        form = f;
                    }
                    break;
                }
                if (isBreak(j)) break;
            }
            if (found < 0) return null;
            tokens.Add(found);
            pos = found;
        }
        return new CueMatch(pattern, tokens, head >= 0 ? head : start, head >= 0 ? form : VerbForm.None);
    }

    internal sealed class CueFile
    {
        public Dictionary<string, List<string>> Cues { get; set; } = [];
        public Dictionary<string, Dictionary<string, string>> Irregular { get; set; } = [];
    }
}
