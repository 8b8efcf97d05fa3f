using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>HC-1: the general physical exam on hiring (一般體格檢查).</summary>
public static partial class HealthExamCalculator
{
    /// <summary>
    /// HC-1: the ground on which a hired worker is exempt from the general physical exam, if any (免實施一般體格檢查).
    /// </summary>
    /// <param name="worker">The worker; the hire date must be known.</param>
    /// <param name="exams">The worker's exams.</param>
    /// <param name="claim">A ground claimed by the employer, or null.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The exemption, or null when the exam is required.</returns>
    /// <remarks>
    /// <para>§16 II ①: non-continuous temporary or short-term work of six months or less (在六個月以內, inclusive): the
    /// engagement's last day is at most the last day of six months counted from the hire day. A longer engagement is
    /// not exempt: the exam is required.</para>
    /// <para>§16 III: a periodic general exam on record on or before the hire day, within the periodic interval for
    /// the worker's age on the hire day (距前次檢查未超過定期檢查期限), exempts; the record is taken as the proof.</para>
    /// </remarks>
    /// <exception cref="OshValidationException">The hire date is unknown, the claim belongs to another worker or ends before hiring, or an exam is invalid.</exception>
    public static HireExamExempt? HireExamExemption(Worker worker, IEnumerable<ExamRecord> exams, HiringExemption? claim, EvaluationDate asOf)
    {
        var record = HiringRecordOf(worker, exams, asOf);
        return ClaimedExemption(worker, record, claim, asOf) ?? RecentExamExemption(worker, record, asOf);
    }

    /// <summary>
    /// HC-1: whether the general physical exam on hiring is on record (已實施一般體格檢查): a general physical exam before
    /// the hire day and still within the periodic interval for the worker's age on the hire day, or any general exam
    /// (physical or periodic) on or after the hire day: a later periodic exam supersedes a missed hiring exam.
    /// </summary>
    /// <param name="worker">The worker; the hire date must be known.</param>
    /// <param name="exams">The worker's exams.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns><see langword="true"/> when done.</returns>
    public static bool HasHireExamOnRecord(Worker worker, IEnumerable<ExamRecord> exams, EvaluationDate asOf) =>
        HiringRecordOf(worker, exams, asOf).ExamOnRecord;

    /// <summary>
    /// HC-1/HC-7: the general physical exam on hiring when it is required and not on record (應實施一般體格檢查).
    /// </summary>
    /// <param name="worker">The worker; the hire date must be known.</param>
    /// <param name="exams">The worker's exams.</param>
    /// <param name="claim">A ground of exemption claimed, or null.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>
    /// The requirement, due on the hire day (before work starts); null when done or exempt, and from the day the periodic
    /// exam is owed instead (<see cref="HireExamSupersededOn"/>; then <see cref="HireExamRecordMissing"/> states it).
    /// </returns>
    public static HireExamRequired? HireExamRequirement(Worker worker, IEnumerable<ExamRecord> exams, HiringExemption? claim, EvaluationDate asOf)
    {
        var record = HiringRecordOf(worker, exams, asOf);
        if (record.ExamOnRecord || ClaimedExemption(worker, record, claim, asOf) is not null || record.ProvenRecentExam is not null
            || asOf.Date >= HireExamSupersededOn(worker, asOf).Day)
        {
            return null;
        }

        var hired = record.Hired;
        Citation[] basis = [HealthExamParameters.HiringExamArticle];
        return new HireExamRequired(
            worker.Id, hired, ExamStatus.On(hired, asOf), HealthExamParameters.Text110, HealthExamParameters.PendingFor(basis, Later(asOf.Date, hired)), basis);
    }

    /// <summary>
    /// HC-1/HC-3: the day from which a worker hired without the general physical exam is owed the periodic general exam
    /// instead (由定期一般健康檢查取代之日): the day the periodic exam would have fallen due had the hiring exam been done on
    /// the hire day (<see cref="EarliestDueDate"/> from the hire day, day-exact, under the text in force on the evaluation
    /// date).
    /// </summary>
    /// <param name="worker">The worker; the hire date must be known.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The day, and the age band whose interval set it.</returns>
    /// <remarks>
    /// Before that day the hiring exam is what is missing and is reported overdue from the hire day (§16 I). From that day
    /// an exam can no longer be the exam before work starts; the periodic exam (§17) is what the worker is owed, due now
    /// when no general exam is on record, and the missing hiring record is a fact to state. The day does not follow the
    /// counting options: they set when a periodic exam is in time, not which exam is owed.
    /// </remarks>
    public static (DateOnly Day, AgeBand Band) HireExamSupersededOn(Worker worker, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(asOf);
        return EarliestDueDate(worker.BirthDate, HireDateOf(worker, asOf), asOf.Date);
    }

    /// <summary>
    /// HC-1: the statement that a worker long in service has no hiring exam on record (查無僱用時一般體格檢查紀錄), in place of
    /// a hiring exam decades overdue.
    /// </summary>
    /// <param name="worker">The worker; the hire date must be known.</param>
    /// <param name="exams">The worker's exams.</param>
    /// <param name="claims">The grounds of exemption claimed for the worker (usually none or one).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>
    /// The statement when no general exam is on record for the hiring (<see cref="HasHireExamOnRecord"/>), no ground exempts
    /// and the evaluation date is on or after <see cref="HireExamSupersededOn"/>; otherwise null.
    /// </returns>
    public static HireExamNotOnRecord? HireExamRecordMissing(Worker worker, IEnumerable<ExamRecord> exams, IEnumerable<HiringExemption> claims, EvaluationDate asOf)
    {
        var record = HiringRecordOf(worker, exams, asOf);
        ArgumentNullException.ThrowIfNull(claims);
        var exempt = record.ProvenRecentExam is not null;
        foreach (var claim in claims)
        {
            exempt |= ClaimedExemption(worker, record, Guard.Element(claim, "claims", "HC-1"), asOf) is not null;
        }

        if (record.ExamOnRecord || exempt)
        {
            return null;
        }

        var (since, band) = HireExamSupersededOn(worker, asOf);
        if (asOf.Date < since)
        {
            return null;
        }

        Citation[] basis = [HealthExamParameters.HiringExamArticle, IntervalFor(band, asOf.Date).Citation];
        return new HireExamNotOnRecord(
            worker.Id, worker.HireDate!.Value, since, HealthExamParameters.Text110, HealthExamParameters.PendingFor(basis, asOf.Date), basis);
    }

    private static DateOnly HireDateOf(Worker worker, EvaluationDate asOf)
    {
        CheckWorker(worker, asOf, "HC-1");
        return worker.HireDate ?? throw new OshValidationException("Worker.HireDate", "HC-1", "is needed to assess the exam on hiring");
    }

    /// <summary>
    /// What a worker's exams say about the hiring, worked out in one pass over them (each exam checked once): the hire
    /// day, the interval for the worker's age on it under the text in force on the evaluation date, the latest periodic
    /// general exam that proves a recent exam (§16 III), and whether the hiring exam is on record.
    /// </summary>
    private static HiringRecord HiringRecordOf(Worker worker, IEnumerable<ExamRecord> exams, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(exams);
        ArgumentNullException.ThrowIfNull(asOf);
        var hired = HireDateOf(worker, asOf);

        // The age on the hire day picks the band; the text in force on the evaluation date gives the interval.
        var interval = IntervalFor(BandOfAge(CivilCode.AgeOn(worker.BirthDate, hired), asOf.Date), asOf.Date);
        DateOnly? proven = null;
        var onRecord = false;
        foreach (var exam in exams)
        {
            CheckExam(worker, Guard.Element(exam, "exams", "HC-1"), asOf, "HC-1");
            if (!exam.IsGeneral)
            {
                continue;
            }

            // A general exam of either kind after hiring supersedes a missed hiring exam: nothing is left to do.
            onRecord |= exam.Date >= hired;
            if (exam.Date <= hired && CivilCode.PeriodEndAfter(exam.Date, interval.Value) >= hired)
            {
                // Still within the interval on the hire day: a physical exam is the hiring exam, a periodic one its proof.
                onRecord |= exam.Kind == ExamKind.GeneralPhysical;
                if (exam.Kind == ExamKind.PeriodicGeneral && (proven is null || exam.Date > proven))
                {
                    proven = exam.Date;
                }
            }
        }

        return new HiringRecord(hired, interval.Citation, proven, onRecord);
    }

    /// <summary>The exemption on a ground the employer claimed (§16 II), or null when the claim is absent or does not exempt.</summary>
    private static HireExamExempt? ClaimedExemption(Worker worker, HiringRecord record, HiringExemption? claim, EvaluationDate asOf)
    {
        if (claim is null)
        {
            return null;
        }

        if (!string.Equals(claim.WorkerId, worker.Id, StringComparison.Ordinal))
        {
            throw new OshValidationException("HiringExemption.WorkerId", "HC-1", "does not belong to the worker evaluated");
        }

        switch (claim.Reason)
        {
            case HiringExemptionReason.TemporaryOrShortTermWork:
                var end = claim.WorkEndDate!.Value;
                if (end < record.Hired)
                {
                    throw new OshValidationException("HiringExemption.WorkEndDate", "HC-1", "must not be before the hire date");
                }

                var limit = HealthExamParameters.ShortTermWorkAtMost.At(asOf.Date);
                return end <= CivilCode.PeriodEnd(record.Hired, limit.Value) ? Exempt(worker, record, asOf, claim.Reason, null, [limit.Citation]) : null;
            case HiringExemptionReason.CoveredByOtherLaw:
                return Exempt(worker, record, asOf, claim.Reason, null, [HealthExamParameters.HiringExemptionArticle with { Item = 2 }]);
            case HiringExemptionReason.DesignatedByAuthority:
                return Exempt(worker, record, asOf, claim.Reason, null, [HealthExamParameters.HiringExemptionArticle with { Item = 3 }]);
            default:
                return null;
        }
    }

    /// <summary>The exemption by a recent periodic exam on record (§16 III), or null.</summary>
    private static HireExamExempt? RecentExamExemption(Worker worker, HiringRecord record, EvaluationDate asOf) =>
        record.ProvenRecentExam is { } p
            ? Exempt(worker, record, asOf, HiringExemptionReason.RecentExamProven, p, [HealthExamParameters.HiringRecentExamArticle, record.IntervalCitation])
            : null;

    private static HireExamExempt Exempt(Worker worker, HiringRecord record, EvaluationDate asOf, HiringExemptionReason reason, DateOnly? provenExam, Citation[] basis) =>
        new(worker.Id, reason, provenExam, HealthExamParameters.Text110, HealthExamParameters.PendingFor(basis, Later(asOf.Date, record.Hired)), basis);

    /// <summary>See <see cref="HiringRecordOf"/>.</summary>
    private readonly record struct HiringRecord(DateOnly Hired, Citation IntervalCitation, DateOnly? ProvenRecentExam, bool ExamOnRecord);
}
