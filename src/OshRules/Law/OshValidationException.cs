namespace OshRules.Law;

/// <summary>
/// Thrown when an input breaks a rule of the library's input contract (輸入資料驗證錯誤).
/// </summary>
/// <remarks>
/// The message names the field and the rule it breaks. It never contains a person's name, national ID
/// or other personal data: only the offending value when that value is a measurement, a code or a
/// date that is not itself identifying, and only when the caller passed it explicitly.
/// </remarks>
public sealed class OshValidationException : ArgumentException
{
    /// <summary>Creates an exception for <paramref name="field"/> breaking <paramref name="rule"/>.</summary>
    /// <param name="field">The name of the input field, e.g. <c>Worker.BirthDate</c>.</param>
    /// <param name="rule">The rule broken, e.g. <c>HC-2</c> or <c>ROC date</c>.</param>
    /// <param name="problem">What is wrong, in words that contain no personal data.</param>
    public OshValidationException(string field, string rule, string problem)
        : base($"{field}: {problem} (rule {rule}).", field)
    {
        Field = field;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>Creates an exception that keeps the original cause as its inner exception.</summary>
    /// <param name="field">The name of the input field.</param>
    /// <param name="rule">The rule broken.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The original exception.</param>
    public OshValidationException(string field, string rule, string problem, Exception innerException)
        : base($"{field}: {problem} (rule {rule}).", field, innerException)
    {
        Field = field;
        Rule = rule;
        Problem = problem;
    }

    /// <summary>The input field that is invalid (輸入欄位).</summary>
    public string Field { get; }

    /// <summary>The rule the value breaks: a rule id of DOMAIN.md or the name of a format.</summary>
    public string Rule { get; }

    /// <summary>What is wrong with the value, without personal data.</summary>
    public string Problem { get; }

    /// <summary>The message: field, problem and rule, with no parameter-name suffix.</summary>
    public override string Message => $"{Field}: {Problem} (rule {Rule}).";
}
