namespace Graph.Cli.Hosting;

/// <summary>The user asked for something that cannot be done as asked; the message says what to change. Exit code 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException() { }

    public CliUsageException(string message) : base(message) { }

    public CliUsageException(string message, Exception innerException) : base(message, innerException) { }
}
