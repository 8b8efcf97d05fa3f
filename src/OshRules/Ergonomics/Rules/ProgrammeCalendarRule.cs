using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-6: the establishment's programme calendar for the evaluation year (年度計畫實施時程).</summary>
/// <remarks>"每年一月底內完成肌肉骨骼傷病之現況調查及分析；預定每年四月底完成肌肉骨骼之主動調查；於每年六月底前完成改善。"</remarks>
[Name("NMQ-6 Yearly calendar of the ergonomic programme")]
[Description("Existing cases analysed by end of January, active survey by end of April, improvements by end of June.")]
[Tag(Families.Ergonomics)]
public sealed class ProgrammeCalendarRule : Rule
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
            .Yield(ctx => NmqCalculator.ProgrammeCalendar(establishment, asOf));
    }
}
