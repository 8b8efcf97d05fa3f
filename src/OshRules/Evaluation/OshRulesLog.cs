using Microsoft.Extensions.Logging;

namespace OshRules.Evaluation;

/// <summary>
/// The log messages of the facade. Each carries positions, counts, kinds and the names of fields and rules, never a
/// case key or a value of a fact: a log is no place for health data.
/// </summary>
internal static partial class OshRulesLog
{
    [LoggerMessage(EventId = 1, EventName = "RuleSetCompiled", Level = LogLevel.Information,
        Message = "Compiled {RuleCount} rules of {Families} in {ElapsedMilliseconds} ms")]
    public static partial void RuleSetCompiled(ILogger logger, int ruleCount, string families, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "RosterEvaluated", Level = LogLevel.Information,
        Message = "{Operation} {Outcome}: {Cases} cases, {Failed} failed, in {ElapsedMilliseconds} ms")]
    public static partial void RosterEvaluated(ILogger logger, string operation, string outcome, long cases, long failed, long elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "CaseFailed", Level = LogLevel.Warning,
        Message = "Case at position {Position} failed: {ErrorKind} (field {Field}, rule {Rule}, exception {ExceptionType})")]
    public static partial void CaseFailed(ILogger logger, long position, CaseErrorKind errorKind, string? field, string? rule, string? exceptionType);
}
