using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>HC-4: special physical and special health exams (特殊體格檢查、特殊健康檢查).</summary>
public static partial class HealthExamCalculator
{
    /// <summary>
    /// HC-4/HC-7: the next special exam for one hazard of a worker's special hazardous work (下次特殊體格或特殊健康檢查).
    /// </summary>
    /// <param name="worker">The worker.</param>
    /// <param name="assignment">The worker's assignment to the work; current on the evaluation date.</param>
    /// <param name="exams">The worker's exams; special exams for the same hazard count.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The counting policy (applied to the yearly exam only).</param>
    /// <returns>The special physical exam due on the first day of the work, or the special health exam due a year after the last special exam.</returns>
    /// <remarks>
    /// The special physical exam (§16 I) is due on the first day of the work (受僱或變更作業時) unless a special exam for
    /// the same hazard is on record that is less than a year old on that day or was done after it. After that, the
    /// special health exam (§18 I) is due every year (每年), counted like the general exam from the day after the last
    /// special exam for that hazard (民法 §120 II, §121). Under <see cref="DueDateCounting.CalendarYear"/> the yearly
    /// exam is due by 31 December of the year the interval ends; the exam before the work is never moved.
    /// </remarks>
    /// <exception cref="OshValidationException">An input belongs to another worker, an exam is dated after the evaluation date, or the work ended before it.</exception>
    public static SpecialExamDue NextSpecialExam(Worker worker, SpecialHazardAssignment assignment, IEnumerable<ExamRecord> exams, EvaluationDate asOf, HealthExamOptions options)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(exams);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(options);
        CheckWorker(worker, asOf, "HC-4");
        if (!string.Equals(assignment.WorkerId, worker.Id, StringComparison.Ordinal))
        {
            throw new OshValidationException("SpecialHazardAssignment.WorkerId", "HC-4", "does not belong to the worker evaluated");
        }

        if (!assignment.IsCurrentOn(asOf.Date))
        {
            throw new OshValidationException("SpecialHazardAssignment.Until", "HC-4", "the work ended before the evaluation date");
        }

        DateOnly? last = null;
        foreach (var exam in exams)
        {
            CheckExam(worker, exam, asOf, "HC-4");
            if (exam.IsSpecialFor(assignment.Hazard) && (last is null || exam.Date > last))
            {
                last = exam.Date;
            }
        }

        var interval = HealthExamParameters.SpecialExamInterval.At(asOf.Date);
        var covered = last is { } l && (l >= assignment.Since || CivilCode.PeriodEndAfter(l, interval.Value) >= assignment.Since);
        if (!covered)
        {
            var due = assignment.Since;
            Citation[] physical = [HealthExamParameters.HiringExamArticle, HealthExamParameters.SpecialHazardListArticle];
            return new SpecialExamDue(
                worker.Id, assignment.Hazard, ExamKind.SpecialPhysical, last, due, ExamStatus.On(due, asOf), options.Counting,
                HealthExamParameters.Text110, HealthExamParameters.PendingFor(physical, Later(asOf.Date, due)), physical)
            {
                WorkSince = assignment.Since,
                Source = assignment,
                SourceId = assignment.Id,
            };
        }

        var next = CivilCode.PeriodEndAfter(last!.Value, interval.Value);
        if (options.Counting == DueDateCounting.CalendarYear)
        {
            next = new DateOnly(next.Year, 12, 31);
        }

        Citation[] yearly = [interval.Citation, HealthExamParameters.SpecialHazardListArticle, CivilCodePeriods];
        return new SpecialExamDue(
            worker.Id, assignment.Hazard, ExamKind.SpecialPeriodic, last, next, ExamStatus.On(next, asOf), options.Counting,
            interval.Citation.Version ?? HealthExamParameters.Text110, HealthExamParameters.PendingFor(yearly, Later(asOf.Date, next)), yearly)
        {
            WorkSince = assignment.Since,
            Source = assignment,
            SourceId = assignment.Id,
        };
    }

    /// <summary>
    /// HC-4 after HC-6: the next special exam for work that measurements classify as special hazardous
    /// (測定結果屬特別危害健康作業者之特殊檢查), on the terms of the assignment they stand for.
    /// </summary>
    /// <param name="worker">The worker.</param>
    /// <param name="deciding">The deciding measurement of the hazard (no other supersedes it).</param>
    /// <param name="measurements">All classifications of the worker's measurements of that hazard.</param>
    /// <param name="exams">The worker's exams.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The counting policy.</param>
    /// <returns>
    /// The exam <see cref="NextSpecialExam(Worker, SpecialHazardAssignment, IEnumerable{ExamRecord}, EvaluationDate, HealthExamOptions)"/>
    /// gives for <see cref="SpecialWorkFromMeasurements"/>, naming the deciding measurement as its source; null when the
    /// measurements imply no current work.
    /// </returns>
    /// <exception cref="OshValidationException">The measurements mix workers or hazards, or an input is invalid for HC-4.</exception>
    public static SpecialExamDue? NextSpecialExam(
        Worker worker,
        SpecialHazardClassification deciding,
        IEnumerable<SpecialHazardClassification> measurements,
        IEnumerable<ExamRecord> exams,
        EvaluationDate asOf,
        HealthExamOptions options)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(deciding);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(options);
        var examList = Guard.NoNullElements(exams, "exams", "HC-4");
        CheckWorker(worker, asOf, "HC-4");
        foreach (var exam in examList)
        {
            CheckExam(worker, exam, asOf, "HC-4");
        }

        if (!string.Equals(deciding.SubjectId, worker.Id, StringComparison.Ordinal))
        {
            throw new OshValidationException("SpecialHazardClassification.SubjectId", "HC-4", "does not belong to the worker evaluated");
        }

        var work = SpecialWorkFromMeasurements(measurements);
        if (work is null)
        {
            return null;
        }

        if (work.WorkerId != deciding.SubjectId || work.Hazard != deciding.Hazard)
        {
            throw new OshValidationException("SpecialHazardClassification.Hazard", "HC-4", "the deciding measurement must be of the worker and hazard measured");
        }

        return NextSpecialExam(worker, work, examList, asOf, options) with { Source = deciding.Source, SourceId = deciding.SourceId };
    }
}
