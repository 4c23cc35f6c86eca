namespace Graph.Analysis.Components;

/// <summary>
/// A partition of the vertices. Components are numbered by size, largest first (ties by lowest
/// vertex), so component 0 is the giant component.
/// </summary>
public sealed class ComponentResult
{
    internal ComponentResult(int[] rawMembership)
    {
        var n = rawMembership.Length;
        var rawCount = n == 0 ? 0 : rawMembership.Max() + 1;
        var sizes = new int[rawCount];
        var first = new int[rawCount];
        Array.Fill(first, int.MaxValue);
        for (var v = 0; v < n; v++)
        {
            sizes[rawMembership[v]]++;
            first[rawMembership[v]] = Math.Min(first[rawMembership[v]], v);
        }
        var rank = Enumerable.Range(0, rawCount).OrderByDescending(c => sizes[c]).ThenBy(c => first[c]).ToArray();
        var renumber = new int[rawCount];
        for (var i = 0; i < rank.Length; i++) renumber[rank[i]] = i;
        Membership = Array.ConvertAll(rawMembership, c => renumber[c]);
        var groups = new List<int>[rawCount];
        for (var i = 0; i < rawCount; i++) groups[i] = [];
        for (var v = 0; v < n; v++) groups[Membership[v]].Add(v);
        Components = groups;
    }

    /// <summary>The component of each vertex.</summary>
    public IReadOnlyList<int> Membership { get; }

    /// <summary>The vertices of each component, in ascending order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Components { get; }

    public int Count => Components.Count;
}
