using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-7: the establishment's duty under 職業安全衛生設施規則 §324-1 (人因性危害預防計畫義務).</summary>
/// <remarks>Written programme from 100 workers (達一百人以上); records kept three years (留存三年).</remarks>
[Name("NMQ-7 Ergonomic hazard prevention duty of the establishment")]
[Description("§324-1: a written programme from 100 workers, otherwise records or documents; records kept 3 years.")]
[Tag(Families.Ergonomics)]
public sealed class ProgrammeDutyRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        ErgonomicsEstablishment establishment = default!;

        When()
            .Match(() => asOf)
            .Match(() => establishment);
        Then()
            .Yield(ctx => NmqCalculator.ProgrammeDuty(establishment, asOf));
    }
}
