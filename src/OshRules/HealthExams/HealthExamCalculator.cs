using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// Pure functions of the health-examination rules (健康檢查計算): age bands, intervals and due dates of the periodic
/// general exam (HC-2, HC-3). Other topics are in the partial files of this class. Thread-safe.
/// </summary>
/// <remarks>
/// The law applied is the text in force on the evaluation date: the employer's duty on that day. Dates of the past
/// (the last exam) only enter through the Civil-Code arithmetic.
/// </remarks>
public static partial class HealthExamCalculator
{
    private static readonly Citation CivilCodePeriods = new(LawName.CivilCode, 121);

    /// <summary>The age band of a person born on <paramref name="birthDate"/>, on <paramref name="date"/> (年齡級距).</summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="date">The day; the thresholds of the text in force that day apply.</param>
    /// <returns>Under 40, 40 to under 65, or 65 or over.</returns>
    /// <remarks>
    /// 年滿六十五歲 (65 or over, inclusive from the 65th birthday); 四十歲以上未滿六十五歲 (≥ 40 and &lt; 65); 未滿四十歲 (&lt; 40).
    /// A worker born on 29 February reaches a new age on 1 March in a common year (民法 §121 II, §124).
    /// </remarks>
    /// <exception cref="OshValidationException">The date is before the birth date, or before the encoded text.</exception>
    public static AgeBand AgeBandOn(DateOnly birthDate, DateOnly date) => BandOfAge(CivilCode.AgeOn(birthDate, date), date);

    /// <summary>The interval of the periodic general exam for an age band, under the text in force on <paramref name="lawDate"/> (檢查週期).</summary>
    /// <param name="band">The age band.</param>
    /// <param name="lawDate">The day whose text applies.</param>
    /// <returns>The interval with its citation (§17 I ①–③), flagged on or after 2028-01-01.</returns>
    public static ParameterValue<CalendarPeriod> IntervalFor(AgeBand band, DateOnly lawDate) => Guard.Defined(band, "band", "HC-2") switch
    {
        AgeBand.Age65OrOver => HealthExamParameters.IntervalAge65OrOver.At(lawDate),
        AgeBand.Age40ToUnder65 => HealthExamParameters.IntervalAge40ToUnder65.At(lawDate),
        _ => HealthExamParameters.IntervalUnder40.At(lawDate),
    };

    /// <summary>The interval of the periodic general exam for a person born on <paramref name="birthDate"/>, on <paramref name="date"/> (檢查週期).</summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="date">The day.</param>
    /// <returns>1, 3 or 5 years with its citation.</returns>
    public static ParameterValue<CalendarPeriod> IntervalOn(DateOnly birthDate, DateOnly date) => IntervalFor(AgeBandOn(birthDate, date), date);

    /// <summary>
    /// HC-3: the earliest day <c>d</c> after <paramref name="lastExam"/> with <c>d ≥ lastExam + interval(age on d)</c>
    /// (下次一般健康檢查之日), under the text in force on <paramref name="lawDate"/>.
    /// </summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="lastExam">The day of the last general exam; not before the birth date.</param>
    /// <param name="lawDate">The day whose text applies (the evaluation date).</param>
    /// <returns>The due day and the band that decided the interval.</returns>
    /// <remarks>
    /// "Last exam + interval" is the last day of the interval counted from the day after the exam
    /// (<see cref="CivilCode.PeriodEndAfter"/>; 民法 §120 II, §121): the anniversary for most dates. Each age band is a
    /// run of consecutive days; within a band the interval is fixed, so the earliest day of a band meeting the rule is
    /// the later of the band's first day and last exam + the band's interval, if that falls inside the band. The answer
    /// is the earliest over the three bands; the 65-or-over band has no end, so there always is one.
    /// </remarks>
    public static (DateOnly DueDate, AgeBand Band) EarliestDueDate(DateOnly birthDate, DateOnly lastExam, DateOnly lawDate)
    {
        Guard.Plausible(birthDate, "Worker.BirthDate", "HC-2");
        Guard.Plausible(lastExam, "ExamRecord.Date", "HC-2");
        Guard.Plausible(lawDate, "lawDate", "HC-2");
        if (lastExam < birthDate)
        {
            throw new OshValidationException("ExamRecord.Date", "HC-3", "must not be before the worker's birth date");
        }

        var age40 = HealthExamParameters.AgeOrOverForThreeYearlyExam.ValueAt(lawDate);
        var age65 = HealthExamParameters.AgeOrOverForYearlyExam.ValueAt(lawDate);
        var reach40 = CivilCode.DayReachingAge(birthDate, age40);
        var reach65 = CivilCode.DayReachingAge(birthDate, age65);

        (DateOnly DueDate, AgeBand Band)? best = null;
        Consider(AgeBand.Under40, birthDate, reach40.AddDays(-1));
        Consider(AgeBand.Age40ToUnder65, reach40, reach65.AddDays(-1));
        Consider(AgeBand.Age65OrOver, reach65, DateOnly.MaxValue);
        return best!.Value;

        void Consider(AgeBand band, DateOnly first, DateOnly last)
        {
            var candidate = CivilCode.PeriodEndAfter(lastExam, IntervalFor(band, lawDate).Value);
            if (candidate < first)
            {
                candidate = first;
            }

            if (candidate <= last && (best is null || candidate < best.Value.DueDate))
            {
                best = (candidate, band);
            }
        }
    }

    /// <summary>
    /// HC-2/HC-3/HC-7: the next periodic general health examination of a worker in service (下次定期一般健康檢查).
    /// </summary>
    /// <param name="worker">The worker; in service on the evaluation date.</param>
    /// <param name="exams">The worker's exams (others' are rejected); general exams, on hiring or periodic, count.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="options">The counting policy and eligibility option.</param>
    /// <returns>The due day, interval, status, options and version applied.</returns>
    /// <remarks>
    /// A worker with no general exam on record is due on the evaluation date (now). Under
    /// <see cref="DueDateCounting.CalendarYear"/> the due day moves to 31 December of its year. Under
    /// <see cref="PeriodicExamEligibility.AfterOneYearOfService"/> the due day is never before the first anniversary of
    /// hiring (到職日滿一年); a worker whose hire date is unknown is treated as having served a year. The answer is flagged when the evaluation date or the due day is on or after 2028-01-01 (§17 of the 115.06.26 text).
    /// </remarks>
    /// <exception cref="OshValidationException">An exam belongs to another worker, is dated after the evaluation date or before the birth date; or the worker is not in service.</exception>
    public static PeriodicGeneralExamDue NextPeriodicGeneralExam(Worker worker, IEnumerable<ExamRecord> exams, EvaluationDate asOf, HealthExamOptions options)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(exams);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(options);
        CheckWorker(worker, asOf, "HC-2");
        if (!worker.IsInService(asOf.Date))
        {
            throw new OshValidationException("Worker.HireDate", "HC-2", "the worker is not in service on the evaluation date");
        }

        var last = LastGeneralExam(worker, exams, asOf, "HC-2");
        var lawDate = asOf.Date;
        DateOnly due;
        AgeBand band;
        if (last is { } l)
        {
            (due, band) = EarliestDueDate(worker.BirthDate, l, lawDate);
            if (options.Counting == DueDateCounting.CalendarYear)
            {
                due = new DateOnly(due.Year, 12, 31);
            }
        }
        else
        {
            due = asOf.Date;
            band = AgeBandOn(worker.BirthDate, asOf.Date);
        }

        if (options.Eligibility == PeriodicExamEligibility.AfterOneYearOfService && worker.HireDate is { } hired)
        {
            var oneYear = CivilCode.DayReachingAge(hired, 1);
            if (oneYear > due)
            {
                due = oneYear;
            }
        }

        var interval = IntervalFor(band, lawDate);
        Citation[] basis = [interval.Citation, CivilCodePeriods];
        return new PeriodicGeneralExamDue(
            worker.Id,
            last,
            band,
            interval.Value,
            due,
            ExamStatus.On(due, asOf),
            options,
            interval.Citation.Version ?? HealthExamParameters.Text110,
            HealthExamParameters.PendingFor(basis, Later(asOf.Date, due)),
            basis);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a >= b ? a : b;

    private static AgeBand BandOfAge(int age, DateOnly lawDate)
    {
        if (age >= HealthExamParameters.AgeOrOverForYearlyExam.ValueAt(lawDate))
        {
            return AgeBand.Age65OrOver;
        }

        return age >= HealthExamParameters.AgeOrOverForThreeYearlyExam.ValueAt(lawDate) ? AgeBand.Age40ToUnder65 : AgeBand.Under40;
    }

    private static void CheckWorker(Worker worker, EvaluationDate asOf, string rule)
    {
        if (worker.BirthDate > asOf.Date)
        {
            throw new OshValidationException("Worker.BirthDate", rule, "must not be after the evaluation date");
        }
    }

    private static void CheckExam(Worker worker, ExamRecord exam, EvaluationDate asOf, string rule)
    {
        ArgumentNullException.ThrowIfNull(exam);
        if (!string.Equals(exam.WorkerId, worker.Id, StringComparison.Ordinal))
        {
            throw new OshValidationException("ExamRecord.WorkerId", rule, "does not belong to the worker evaluated");
        }

        CheckExamDates(worker.BirthDate, exam, asOf, rule);
    }

    private static void CheckExamDates(DateOnly birthDate, ExamRecord exam, EvaluationDate asOf, string rule)
    {
        if (exam.Date > asOf.Date)
        {
            throw new OshValidationException("ExamRecord.Date", rule, "must not be after the evaluation date");
        }

        if (exam.Date < birthDate)
        {
            throw new OshValidationException("ExamRecord.Date", rule, "must not be before the worker's birth date");
        }
    }

    private static DateOnly? LastGeneralExam(Worker worker, IEnumerable<ExamRecord> exams, EvaluationDate asOf, string rule)
    {
        DateOnly? last = null;
        foreach (var exam in exams)
        {
            CheckExam(worker, exam, asOf, rule);
            if (exam.IsGeneral && (last is null || exam.Date > last))
            {
                last = exam.Date;
            }
        }

        return last;
    }
}
