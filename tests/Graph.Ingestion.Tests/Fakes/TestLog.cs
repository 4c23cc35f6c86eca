using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Tests.Fakes;

/// <summary>Collects every log line so a test can count how often something was said.</summary>
public sealed class TestLog : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, EventId Id, string Message);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    /// <summary>How often the worker said this (other components' event ids are their own).</summary>
    public int Count(int eventId) => Worker(eventId).Count();

    public IEnumerable<string> Messages(int eventId) => Worker(eventId).Select(e => e.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    private IEnumerable<Entry> Worker(int eventId) =>
        Entries.Where(e => e.Id.Id == eventId && e.Category.StartsWith("Graph.Ingestion", StringComparison.Ordinal));

    public void Dispose() { }

    private sealed class Logger(TestLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception)));
    }
}
