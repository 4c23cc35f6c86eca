using System.Collections.Frozen;
using Graph.Extraction.Cues;

namespace Graph.Extraction.Pipeline;

/// <summary>Everything language-specific the extractor reads: cues and function words.</summary>
public sealed record LanguagePack(string Language, CueLexicon Cues, Grammar Grammar);

/// <summary>The languages events are extracted from, compiled once at start.</summary>
public sealed class LanguagePacks
{
    public static readonly IReadOnlyList<string> Supported = ["it", "en"];

    private readonly FrozenDictionary<string, LanguagePack> _packs;

    public LanguagePacks()
        : this(Supported.Select(l => new LanguagePack(l, CueLexicon.Load(l), Grammar.Load(l))))
    {
    }

    public LanguagePacks(IEnumerable<LanguagePack> packs)
    {
        _packs = packs.ToFrozenDictionary(p => p.Language, StringComparer.Ordinal);
    }

    public LanguagePack? For(string language) => _packs.GetValueOrDefault(language);
}
