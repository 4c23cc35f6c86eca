namespace Graph.Neo4j.Http;

/// <summary>One parameterised Cypher statement. Values are strings, numbers, booleans, null, lists and string-keyed maps of those.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));
}
