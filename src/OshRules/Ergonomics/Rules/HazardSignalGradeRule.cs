using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-3: a hazard signal without a diagnosis grades the case dark yellow (有危害 — 深黃色).</summary>
/// <remarks>
/// 表 1: "有危害 | 通報中的疑似個案、高就醫個案（諸如經常至醫務室索取痠痛貼布、痠痛藥劑等）；高離職率、請假、或缺工的個案 |
/// 深黃色 | 人因工程改善、健康促進、行政改善".
/// </remarks>
[Name("NMQ-3 Hazard signal graded dark yellow")]
[Description("表 1 有危害: reported suspected case, high medical use, abnormal resignation, frequent leave → dark yellow.")]
[Tag(Families.Ergonomics)]
public sealed class HazardSignalGradeRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        HealthRoomSignals signals = default!;
        IEnumerable<NmqQuestionnaire> questionnaires = default!;

        When()
            .Match(() => asOf)
            .Match(() => signals, s => s.HasHazardSignal && !s.DiagnosedDisease)
            .Query(() => questionnaires, q => q.Match<NmqQuestionnaire>(x => x.WorkerId == signals.WorkerId).Collect());
        Then()
            .Yield(ctx => NmqCalculator.GradeCollected(questionnaires, signals, asOf)!);
    }
}
