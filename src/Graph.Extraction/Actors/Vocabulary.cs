namespace Graph.Extraction.Actors;

/// <summary>What the recognizer knows about a word, looked up once when the word is cut from the text.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    NameStart = 1,
    TitleStart = 2,
    NotName = 4,
    Determiner = 8,
    PluralDeterminer = 16,
    DefiniteDeterminer = 32,
    TitleBlocker = 64,
    NameParticle = 128,
    Elision = 256,
    Connector = 512,
}

/// <summary>
/// Every folded word the catalogue and lexicons use, with its classes and one shared string: cutting a known word
/// from the text costs one lookup and no allocation, and later tests are flag checks instead of set lookups.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, (string Key, WordClass Class)> _words = new(StringComparer.Ordinal);
    private Dictionary<string, (string Key, WordClass Class)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public Vocabulary() => _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(string key, WordClass cls)
    {
        _words[key] = _words.TryGetValue(key, out var existing) ? (existing.Key, existing.Class | cls) : (key, cls);
    }

    public void AddAll(IEnumerable<string> keys, WordClass cls)
    {
        foreach (var k in keys) Add(k, cls);
    }

    public bool TryFind(ReadOnlySpan<char> folded, out string key, out WordClass cls)
    {
        if (_bySpan.TryGetValue(folded, out var found))
        {
            key = found.Key;
            cls = found.Class;
            return true;
        }
        key = "";
        cls = WordClass.None;
        return false;
    }
}
