namespace Graph.Cli.Hosting;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but some inputs failed (they are named on stderr).</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line or the configuration is wrong; nothing was done.</summary>
    public const int UsageError = 2;
}
