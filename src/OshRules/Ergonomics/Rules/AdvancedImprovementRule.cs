using OshRules.Common;

namespace OshRules.Ergonomics.Rules;

/// <summary>NMQ-4: a case that simple improvement did not resolve goes to advanced improvement (進階人因工程改善).</summary>
/// <remarks>"針對簡易改善無法有效改善的個案，進行進階改善，可召集人因工程危害改善小組或邀請專家參與".</remarks>
[Name("NMQ-4 Unresolved case goes to advanced improvement")]
[Description("A graded case whose simple improvement did not resolve it → advanced improvement.")]
[Tag(Families.Ergonomics)]
public sealed class AdvancedImprovementRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        NmqGrade grade = default!;
        SimpleImprovementOutcome outcome = default!;

        When()
            .Match(() => grade, g => g.NeedsImprovement)
            .Match(() => outcome, o => o.WorkerId == grade.SubjectId && o.CallsForAdvancedImprovement);
        Then()
            .Yield(ctx => NmqCalculator.NextImprovement(grade, outcome)!);
    }
}
