using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-1, EDU-2, EDU-6: a learner's course status — the four pass conditions, test unlock, hours earned (課程通過狀態).</summary>
[Name("EDU-1 Course pass conditions"), Description("Reading hours, reading progress, test and questionnaire: which hold and which are open (platform manual, 課程通過規則)."), Tag(Families.Training)]
public sealed class CourseStatusRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Course course = default!;
        CourseProgress progress = default!;
        ExamReplayState state = default!;

        // The same replay as EDU-4's and EDU-5's, so the network computes it once for the three rules.
        When()
            .Match(() => asOf)
            .Match(() => course)
            .Match(() => progress, p => p.CourseId == course.Id)
            .Let(() => state, () => ExamAttemptReplay.Replay(course, progress, asOf.Date));
        Then()
            .Yield(ctx => CourseCalculator.Status(course, progress, state));
    }
}
