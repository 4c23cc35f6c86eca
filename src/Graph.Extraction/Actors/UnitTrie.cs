namespace Graph.Extraction.Actors;

/// <summary>A trie over unit keys, built once at load: finding every name that starts at a unit costs one dictionary step per unit.</summary>
internal sealed class UnitTrie<T>
{
    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0) return;
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
    }

    /// <summary>True when some name starts with this unit (cheap test before walking).</summary>
    public bool StartsAny(string key) => _root.Children?.ContainsKey(key) == true;

    /// <summary>Fills <paramref name="into"/> with every (end, values) of names starting at <paramref name="start"/>, shortest first.</summary>
    public void MatchesAt(List<Unit> units, int start, List<(int End, IReadOnlyList<T> Values)> into)
    {
        into.Clear();
        var node = _root;
        for (var i = start; i < units.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(units[i].Key, out var next)) return;
            node = next;
            if (node.Values is not null) into.Add((i + 1, node.Values));
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }
        public List<T>? Values { get; set; }
    }
}
