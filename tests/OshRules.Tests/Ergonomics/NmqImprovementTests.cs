using OshRules.Ergonomics;
using OshRules.Law;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqImprovementTests
{
    private static NmqGrade GradeOf(NmqQuestionnaire q, HealthRoomSignals? s = null) => NmqCalculator.Grade(q, s, AsOf)!;

    [Fact, Trait("Rule", "NMQ-4")]
    public void Suspected_case_goes_first_to_simple_improvement()
    {
        var task = NmqCalculator.NextImprovement(GradeOf(Scored("W1", (BodyRegion.Neck, 3, 0))), null)!;

        Assert.Equal(ImprovementStage.Simple, task.Stage);
        Assert.Equal(NmqGradeLevel.LightYellow, task.Level);
        Assert.Equal("W1", task.SubjectId);
        Assert.Contains(task.Basis, c => c.Note == "六、1. 改善方案");
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Diagnosed_and_hazard_cases_also_start_with_simple_improvement()
    {
        var red = GradeOf(Scored("W1"), new HealthRoomSignals("W1") { DiagnosedDisease = true });
        var dark = GradeOf(Scored("W2"), new HealthRoomSignals("W2") { ReportedSuspectedCase = true });

        Assert.Equal(ImprovementStage.Simple, NmqCalculator.NextImprovement(red, null)!.Stage);
        Assert.Equal(ImprovementStage.Simple, NmqCalculator.NextImprovement(dark, null)!.Stage);
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Case_that_simple_improvement_did_not_resolve_goes_to_advanced_improvement()
    {
        var grade = GradeOf(Scored("W1", (BodyRegion.LowerBack, 4, 4)));
        var outcome = new SimpleImprovementOutcome("W1", new DateOnly(2026, 6, 30), ImprovementResult.NotResolved);

        Assert.Equal(ImprovementStage.Advanced, NmqCalculator.NextImprovement(grade, outcome)!.Stage);
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Case_resolved_by_simple_improvement_needs_no_further_task()
    {
        var grade = GradeOf(Scored("W1", (BodyRegion.LowerBack, 4, 4)));
        var outcome = new SimpleImprovementOutcome("W1", new DateOnly(2026, 6, 30), ImprovementResult.Resolved);

        Assert.Null(NmqCalculator.NextImprovement(grade, outcome));
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void No_hazard_case_is_kept_under_control_without_an_improvement_task()
    {
        Assert.Null(NmqCalculator.NextImprovement(GradeOf(Scored("W1", (BodyRegion.Neck, 2, 2))), null));
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Outcome_of_another_worker_is_rejected()
    {
        var grade = GradeOf(Scored("W1", (BodyRegion.Neck, 3, 0)));
        var outcome = new SimpleImprovementOutcome("W2", new DateOnly(2026, 6, 30), ImprovementResult.NotResolved);

        var ex = Assert.Throws<OshValidationException>(() => NmqCalculator.NextImprovement(grade, outcome));
        Assert.Equal("SimpleImprovementOutcome.WorkerId: must be the graded worker (rule NMQ-4).", ex.Message);
    }
}
