using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-5: the attempts ran out, reading was cleared and must be done again before the test reopens (閱讀紀錄清除).</summary>
[Name("EDU-5 Reading reset after the attempts ran out"), Description("Reading hours and progress are cleared; both must be met again for a fresh set of attempts (platform manual, 評量區)."), Tag(Families.Training)]
public sealed class ReadingResetRequiredRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        Course course = default!;
        CourseProgress progress = default!;
        ExamReplayState state = default!;

        When()
            .Match(() => asOf)
            .Match(() => course)
            .Match(() => progress, p => p.CourseId == course.Id)
            .Let(() => state, () => ExamAttemptReplay.Replay(course, progress, asOf.Date))
            .Having(() => state.AwaitingReread);
        Then()
            .Yield(ctx => CourseCalculator.ResetRequired(course, progress, state)!);
    }
}
