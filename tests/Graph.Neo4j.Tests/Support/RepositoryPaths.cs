using System.Reflection;

namespace Graph.Neo4j.Tests.Support;

internal static class RepositoryPaths
{
    /// <summary>The repository root, stamped into the test assembly at build time (the build output may live anywhere).</summary>
    public static string Root { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
