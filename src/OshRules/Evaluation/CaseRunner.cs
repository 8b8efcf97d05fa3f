using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// Evaluates one case of a roster and turns every failure into that case's <see cref="CaseError"/>: a validation error,
/// a failing rule, the case's own builder throwing anything, the engine failing. Only cancellation of the roster's token
/// passes through. Shared by <c>EvaluateMany</c> and <c>EvaluateManyAsync</c>.
/// </summary>
internal static class CaseRunner
{
    public static OshResult Run(OshRuleSet rules, EvaluationDate date, OshCase @case, CancellationToken cancellationToken)
    {
        var started = rules.Telemetry.CaseStarted();
        var result = Evaluate(rules, date, @case, cancellationToken);
        rules.Telemetry.CaseDone(result, started);
        return result;
    }

    /// <summary>The error a failure of <c>Evaluate</c> stands for: the same mapping as a roster's, for the metrics.</summary>
    public static CaseError ErrorOf(Exception exception) => ErrorOf(exception, building: false);

    private static OshResult Evaluate(OshRuleSet rules, EvaluationDate date, OshCase @case, CancellationToken cancellationToken)
    {
        IReadOnlyList<object> facts;
        try
        {
            facts = @case.BuildFacts();
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            return Failed(rules, @case, date, ErrorOf(ex, building: true));
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is null)
            {
                return Failed(rules, @case, date, new CaseError(CaseErrorKind.InvalidInput, $"facts[{i}]", null, $"facts[{i}]: a fact is null."));
            }
        }

        try
        {
            return rules.Run(date, @case.CaseId, facts);
        }
        catch (Exception ex) when (!IsCancellation(ex, cancellationToken))
        {
            return Failed(rules, @case, date, ErrorOf(ex, building: false));
        }
    }

    private static bool IsCancellation(Exception ex, CancellationToken cancellationToken) =>
        ex is OperationCanceledException && cancellationToken.IsCancellationRequested;

    // The messages of exceptions the library did not write are never copied: they may quote the input (a name, a date).
    private static CaseError ErrorOf(Exception ex, bool building) => ex switch
    {
        OshValidationException v => new CaseError(CaseErrorKind.InvalidInput, v.Field, v.Rule, v.Message) { ExceptionType = TypeOf(v) },
        OshEvaluationException r => new CaseError(CaseErrorKind.RuleFailure, null, r.RuleName, r.Message) { ExceptionType = TypeOf(r.InnerException ?? r) },
        ArgumentNullException n when building => new CaseError(CaseErrorKind.InvalidInput, n.ParamName, null, $"{n.ParamName ?? "facts"}: a required value is missing.") { ExceptionType = TypeOf(n) },
        _ when building => new CaseError(CaseErrorKind.BuildFailure, null, null, $"The case's facts could not be built: {ex.GetType().Name}.") { ExceptionType = TypeOf(ex) },
        _ => new CaseError(CaseErrorKind.EvaluationFailure, null, null, $"The case could not be evaluated: {ex.GetType().Name}.") { ExceptionType = TypeOf(ex) },
    };

    private static string TypeOf(Exception ex) => ex.GetType().FullName ?? ex.GetType().Name;

    private static OshResult Failed(OshRuleSet rules, OshCase @case, EvaluationDate date, CaseError error) =>
        new(@case.CaseId, date.Date, [], [], error, rules.Settings);
}
