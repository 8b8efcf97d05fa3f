using OshRules.Common;

namespace OshRules.HealthExams;

/// <summary>
/// HC-4 after HC-6: a worker whose measurements classify the work as special hazardous (特別危害健康作業) is due the
/// special exams of that work, as if assigned to it by hand, unless an assignment to the same hazard was given.
/// </summary>
/// <remarks>
/// <para>One firing per worker and hazard: the deciding measurement is the one no other of that worker and hazard
/// supersedes (<see cref="SpecialHazardClassification.Supersedes"/>). The work runs from the first day of the unbroken
/// series of measurements reaching the threshold, and ends with a newer measurement under it
/// (<see cref="HealthExamCalculator.SpecialWorkFromMeasurements"/>); the exam names the deciding measurement as its
/// source.</para>
/// <para>An explicit <see cref="SpecialHazardAssignment"/> for the same hazard that had not ended on the day of the
/// deciding measurement governs: its own rule schedules the exams, and this one stays silent, so the exam is not
/// reported twice.</para>
/// </remarks>
[Name("HC-4 Special examination due for work classified by measurement")]
[Description("勞工健康保護規則 §16 I and §18 I (110.12.22): work whose latest measurement reaches the threshold of 附表一 (HC-6) gets the special exams of an assignment from the first of the unbroken series of such measurements.")]
[Tag(Families.HealthExams)]
public sealed class MeasuredWorkSpecialExamDueRule : Rule
{
    /// <summary>Defines the rule (規則定義).</summary>
    public override void Define()
    {
        EvaluationDate asOf = default!;
        HealthExamOptions options = default!;
        Worker worker = default!;
        SpecialHazardClassification deciding = default!;
        IEnumerable<SpecialHazardClassification> measurements = default!;
        IEnumerable<ExamRecord> exams = default!;
        SpecialExamDue? due = default!;

        When()
            .Match(() => asOf)
            .Match(() => options)
            .Match(() => worker)
            .Match(() => deciding, c => c.SubjectId == worker.Id)
            .Not<SpecialHazardClassification>(c => c.SubjectId == worker.Id && c.Hazard == deciding.Hazard && c.Supersedes(deciding))
            .Not<SpecialHazardAssignment>(a => a.WorkerId == worker.Id && a.Hazard == deciding.Hazard && a.IsCurrentOn(deciding.MeasuredOn))
            .Query(() => measurements, q => q.Match<SpecialHazardClassification>(c => c.SubjectId == worker.Id && c.Hazard == deciding.Hazard).Collect())
            .Query(() => exams, q => q.Match<ExamRecord>(e => e.WorkerId == worker.Id).Collect())
            .Let(() => due, () => HealthExamCalculator.NextSpecialExam(worker, deciding, measurements, exams, asOf, options))
            .Having(() => due != null);
        Then()
            .Yield(ctx => due!);
    }
}
