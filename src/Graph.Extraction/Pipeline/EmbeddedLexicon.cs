using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Graph.Extraction.Pipeline;

/// <summary>Reads the YAML lexicons compiled into the assembly (resource names <c>Graph.Lexicons.&lt;relative path&gt;</c>).</summary>
internal static class EmbeddedLexicon
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static string ReadText(string relativePath)
    {
        var name = "Graph.Lexicons." + relativePath.Replace('\\', '/').Replace('/', '.');
        var assembly = typeof(EmbeddedLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(name) ?? FindByPath(assembly, relativePath)
            ?? throw new InvalidOperationException($"Lexicon '{relativePath}' is not embedded in {assembly.GetName().Name} (expected resource {name}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static T Read<T>(string relativePath)
    {
        var text = ReadText(relativePath);
        try
        {
            return Yaml.Deserialize<T>(text);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidOperationException($"Lexicon '{relativePath}' is not valid: {ex.Message}", ex);
        }
    }

    // The csproj keeps the folder separators in the logical name ("Graph.Lexicons.it/cues.yaml").
    private static Stream? FindByPath(Assembly assembly, string relativePath) =>
        assembly.GetManifestResourceStream("Graph.Lexicons." + relativePath.Replace('\\', '/'));
}
