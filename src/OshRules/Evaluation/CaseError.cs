namespace OshRules.Evaluation;

/// <summary>
/// Why a case produced no conclusions (評估錯誤): invalid input, a rule that failed, a builder that failed, or an
/// evaluation that failed outside the rules. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">What failed.</param>
/// <param name="Field">The input field at fault, for invalid input.</param>
/// <param name="Rule">The rule id or name involved.</param>
/// <param name="Message">A message without personal data: written by the library, never copied from a foreign exception.</param>
public sealed record CaseError(CaseErrorKind Kind, string? Field, string? Rule, string Message)
{
    /// <summary>
    /// The full name of the type of the exception behind the error (例外型別), e.g. <c>System.FormatException</c>: for a
    /// rule failure the rule's original exception. Null when no exception was thrown (e.g. a null fact).
    /// </summary>
    public string? ExceptionType { get; init; }
}

/// <summary>The kind of a <see cref="CaseError"/> (錯誤類別).</summary>
public enum CaseErrorKind
{
    /// <summary>The input broke a validation rule (輸入資料錯誤).</summary>
    InvalidInput = 1,

    /// <summary>A rule's condition or action failed (規則執行失敗).</summary>
    RuleFailure = 2,

    /// <summary>
    /// The case's own builder (<see cref="OshCase.Deferred"/>) threw an exception other than a validation error
    /// (案例建立失敗), e.g. a <see cref="FormatException"/> reading a cell; <see cref="CaseError.ExceptionType"/> names it.
    /// </summary>
    BuildFailure = 3,

    /// <summary>
    /// Evaluating the case failed outside any rule (評估失敗): an error of the library or its engine, never of the input;
    /// <see cref="CaseError.ExceptionType"/> names it.
    /// </summary>
    EvaluationFailure = 4,
}
