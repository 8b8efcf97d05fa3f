using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-3: a diagnosed musculoskeletal disease grades the case red (確診疾病 — 紅色).</summary>
/// <remarks>表 1: "確診疾病 | 確診肌肉骨骼傷病 | 紅色 | 行政改善". The questionnaire, when there is one, only adds the regions at risk.</remarks>
[Name("NMQ-3 Diagnosed musculoskeletal disease graded red")]
[Description("表 1 確診疾病: a diagnosed musculoskeletal disease → red, administrative improvement.")]
[Tag(Families.Ergonomics)]
public sealed class DiagnosedDiseaseGradeRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        HealthRoomSignals signals = default!;
        IEnumerable<NmqQuestionnaire> questionnaires = default!;

        When()
            .Match(() => asOf)
            .Match(() => signals, s => s.DiagnosedDisease)
            .Query(() => questionnaires, q => q.Match<NmqQuestionnaire>(x => x.WorkerId == signals.WorkerId).Collect());
        Then()
            .Yield(ctx => NmqCalculator.GradeCollected(questionnaires, signals, asOf)!);
    }
}
