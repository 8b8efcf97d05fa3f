namespace OshRules.Evaluation;

/// <summary>
/// The names under which OshRules reports what it does (診斷名稱): a <c>System.Diagnostics.Metrics</c> meter and an
/// <c>ActivitySource</c>, both named <see cref="Name"/>, for <c>dotnet-counters</c> and OpenTelemetry.
/// </summary>
/// <remarks>
/// <para>Instruments of the meter:</para>
/// <list type="table">
/// <item><term><c>oshrules.cases.evaluated</c></term><description>counter of cases evaluated, valid or failed (<c>{case}</c>).</description></item>
/// <item><term><c>oshrules.cases.failed</c></term><description>counter of cases that carry an error, tagged
/// <c>oshrules.error.kind</c> (a <see cref="CaseErrorKind"/> name) and <c>oshrules.family</c> (the family whose rule id
/// the error names, or <c>none</c>) (<c>{case}</c>).</description></item>
/// <item><term><c>oshrules.conclusions</c></term><description>counter of conclusions produced, tagged <c>oshrules.family</c>
/// (<c>{conclusion}</c>).</description></item>
/// <item><term><c>oshrules.case.duration</c></term><description>histogram of the time to build and evaluate one case
/// (<c>s</c>).</description></item>
/// </list>
/// <para>Each <c>EvaluateMany</c> and <c>EvaluateManyAsync</c> call is one activity (span) named
/// <c>OshRules.EvaluateMany</c> or <c>OshRules.EvaluateManyAsync</c>, tagged with the evaluation date, the cases
/// yielded, the cases failed and its outcome. No tag, measurement or log message ever holds a case key, a name, a birth
/// date or a measurement of a worker.</para>
/// </remarks>
public static class OshDiagnostics
{
    /// <summary>The name of the meter and of the activity source (診斷來源名稱): <c>OshRules</c>.</summary>
    public const string Name = "OshRules";
}
