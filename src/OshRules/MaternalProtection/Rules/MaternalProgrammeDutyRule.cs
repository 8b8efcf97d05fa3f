using OshRules.Common;

namespace OshRules.MaternalProtection;

/// <summary>
/// MAT-18: an establishment at or over the workforce threshold in force must have a maternal-protection programme
/// (母性健康保護計畫), 辦法 §5 III: 300 workers from 2015, 100 from 2021-03-01, 50 from 2024-07-01.
/// </summary>
[Name("MAT-18 Maternal protection programme duty of the establishment")]
[Description("辦法 §5 III: a programme from 300 workers (2015), 100 (2021-03-01), 50 (2024-07-01), by the threshold in force on the day decided.")]
[Tag(Families.MaternalProtection)]
public sealed class MaternalProgrammeDutyRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        EvaluationDate asOf = default!;
        MaternalEstablishment establishment = default!;

        When()
            .Match(() => asOf)
            .Match(() => establishment);
        Then()
            .Yield(ctx => MaternalRiskCalculator.ProgrammeDuty(establishment, asOf));
    }
}
