using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OshRules.Tests.Evaluation;

/// <summary>A logger factory that keeps every entry written through it: level, event, formatted message and the values.</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    /// <summary>One entry: its category, level, event name, formatted message and the structured values.</summary>
    internal sealed record LogEntry(string Category, LogLevel Level, string? EventName, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)
    {
        public object? this[string key] => Values.FirstOrDefault(v => v.Key == key).Value;

        /// <summary>The message and every value as text, for searching.</summary>
        public string AllText => Message + " " + string.Join(" ", Values.Select(v => $"{v.Key}={v.Value}"));
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Name, formatter(state, exception) + (exception is null ? string.Empty : " " + exception), [.. values]));
        }
    }
}
