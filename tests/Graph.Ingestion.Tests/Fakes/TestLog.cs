using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>Collects every log line so a test can count how often something was said.</summary>
public sealed class TestLog : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, EventId Id, string Message);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public int Count(int eventId) => Entries.Count(e => e.Id.Id == eventId);

    public IEnumerable<string> Messages(int eventId) => Entries.Where(e => e.Id.Id == eventId).Select(e => e.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(TestLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue(new Entry(logLevel, eventId, formatter(state, exception)));
    }
}
