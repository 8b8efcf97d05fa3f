using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-3: all regions at 2 or less, and no signal, is no hazard (無危害 — 無色), kept under control.</summary>
/// <remarks>表 1: "無危害 | 問卷調查（NMQ）身體部位的評分都在 2 分以下（包含 2 分） | 無色 | 管控". A form ended at Q1 or Q2 is graded here.</remarks>
[Name("NMQ-3 Questionnaire all regions at 2 or less graded no hazard")]
[Description("表 1 無危害: every region scores 2 or less and no diagnosis or hazard signal → no colour, control.")]
[Tag(Families.Ergonomics)]
public sealed class NoHazardGradeRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        NmqQuestionnaire questionnaire = default!;

        When()
            .Match(() => asOf)
            .Match(() => questionnaire, q => !q.HasRegionAtRiskOn(asOf.Date))
            .Not<HealthRoomSignals>(s => s.WorkerId == questionnaire.WorkerId && s.RaisesGrade);
        Then()
            .Yield(ctx => NmqCalculator.Grade(questionnaire, asOf));
    }
}
