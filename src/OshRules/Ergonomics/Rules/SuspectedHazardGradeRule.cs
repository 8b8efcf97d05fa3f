using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-3: a region scoring 3 or more grades the case light yellow (疑似有危害 — 淺黃), unless a signal grades it higher.</summary>
/// <remarks>表 1: "疑似有危害 | 問卷調查表中有身體部位的評分在 3 分以上（包含 3 分） | 淺黃 | 健康促進、行政改善".</remarks>
[Name("NMQ-3 Questionnaire region at 3 or more graded light yellow")]
[Description("表 1 疑似有危害: some region scores 3 or more and no diagnosis or hazard signal → light yellow.")]
[Tag(Families.Ergonomics)]
public sealed class SuspectedHazardGradeRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        NmqQuestionnaire questionnaire = default!;

        When()
            .Match(() => asOf)
            .Match(() => questionnaire, q => q.HasRegionAtRiskOn(asOf.Date))
            .Not<HealthRoomSignals>(s => s.WorkerId == questionnaire.WorkerId && s.RaisesGrade);
        Then()
            .Yield(ctx => NmqCalculator.Grade(questionnaire, asOf));
    }
}
