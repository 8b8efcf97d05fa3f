using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-4: a graded case goes first to simple ergonomic improvement (簡易人因工程改善).</summary>
/// <remarks>"負責人員依據…確診疾病、有危害、與疑似有危害，使用簡易人因工程檢核表評估…擬訂改善方案及執行改善。"</remarks>
[Name("NMQ-4 Graded case goes to simple improvement")]
[Description("Red, dark yellow and light yellow cases without an assessed simple improvement → simple improvement.")]
[Tag(Families.Ergonomics)]
public sealed class SimpleImprovementRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        NmqGrade grade = default!;

        When()
            .Match(() => grade, g => g.NeedsImprovement)
            .Not<SimpleImprovementOutcome>(o => o.WorkerId == grade.SubjectId);
        Then()
            .Yield(ctx => NmqCalculator.NextImprovement(grade, null)!);
    }
}
