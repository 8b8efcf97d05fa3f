namespace OshRules.Evaluation;

/// <summary>
/// Why a case produced no conclusions (評估錯誤): invalid input or a rule that failed. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">Invalid input or rule failure.</param>
/// <param name="Field">The input field at fault, for invalid input.</param>
/// <param name="Rule">The rule id or name involved.</param>
/// <param name="Message">A message without personal data.</param>
public sealed record CaseError(CaseErrorKind Kind, string? Field, string? Rule, string Message);

/// <summary>The kind of a <see cref="CaseError"/> (錯誤類別).</summary>
public enum CaseErrorKind
{
    /// <summary>The input broke a validation rule (輸入資料錯誤).</summary>
    InvalidInput = 1,

    /// <summary>A rule's condition or action failed (規則執行失敗).</summary>
    RuleFailure = 2,
}
