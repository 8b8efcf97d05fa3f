using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-3, EDU-4: a learner's test attempts used and left in the current cycle (測驗次數).</summary>
[Name("EDU-4 Test attempts per cycle"), Description("2 attempts for a Chinese course, 3 for a foreign-language one; 80 or more passes (platform manual, 評量區)."), Tag(Families.Training)]
public sealed class ExamRetakeStateRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Course course = default!;
        CourseProgress progress = default!;
        ExamReplayState state = default!;

        // The same replay as EDU-1's and EDU-5's, so the network computes it once for the three rules.
        When()
            .Match(() => asOf)
            .Match(() => course)
            .Match(() => progress, p => p.CourseId == course.Id)
            .Let(() => state, () => ExamAttemptReplay.Replay(course, progress, asOf.Date));
        Then()
            .Yield(ctx => CourseCalculator.Retake(course, progress, state, asOf));
    }
}
