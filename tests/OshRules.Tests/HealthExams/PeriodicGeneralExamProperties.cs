using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.HealthExams;
using OshRules.Law;

namespace OshRules.Tests.HealthExams;

public sealed class PeriodicGeneralExamProperties
{
    private static readonly DateOnly LawDate = new(2026, 11, 23);

    [Property(MaxTest = 300, Arbitrary = [typeof(HealthExamArbitraries)])]
    [Trait("Rule", "HC-3")]
    public bool Next_due_date_is_between_last_exam_plus_one_and_plus_five_years(ExamCase c)
    {
        var (due, _) = HealthExamCalculator.EarliestDueDate(c.Birth, c.LastExam, LawDate);
        return due >= CivilCode.PeriodEndAfter(c.LastExam, CalendarPeriod.OfYears(1))
            && due <= CivilCode.PeriodEndAfter(c.LastExam, CalendarPeriod.OfYears(5));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(HealthExamArbitraries)])]
    [Trait("Rule", "HC-3")]
    public bool Next_due_date_agrees_with_a_day_by_day_search(ExamCase c)
    {
        var (due, band) = HealthExamCalculator.EarliestDueDate(c.Birth, c.LastExam, LawDate);

        // Brute force: walk forward from the day after the exam to the first day d with d ≥ last + interval(age on d).
        var d = c.LastExam.AddDays(1);
        while (d < CivilCode.PeriodEndAfter(c.LastExam, HealthExamCalculator.IntervalFor(BandOn(c.Birth, d), LawDate).Value))
        {
            d = d.AddDays(1);
        }

        return due == d && band == BandOn(c.Birth, d);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(HealthExamArbitraries)])]
    [Trait("Rule", "HC-3")]
    public bool Next_due_date_never_moves_earlier_when_the_last_exam_moves_later(ExamCase c, byte shift)
    {
        var later = c.LastExam.AddDays(shift * 7);
        return HealthExamCalculator.EarliestDueDate(c.Birth, later, LawDate).DueDate >= HealthExamCalculator.EarliestDueDate(c.Birth, c.LastExam, LawDate).DueDate;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(HealthExamArbitraries)])]
    [Trait("Rule", "HC-2")]
    public bool An_older_worker_never_gets_a_longer_interval(ExamCase c, ushort olderByDays)
    {
        var older = c.Birth.AddDays(-olderByDays);
        return HealthExamCalculator.IntervalOn(older, LawDate).Value.TotalMonths <= HealthExamCalculator.IntervalOn(c.Birth, LawDate).Value.TotalMonths;
    }

    // The age band by the Civil-Code age alone, independent of the calculator's band arithmetic.
    private static AgeBand BandOn(DateOnly birth, DateOnly date) => CivilCode.AgeOn(birth, date) switch
    {
        >= 65 => AgeBand.Age65OrOver,
        >= 40 => AgeBand.Age40ToUnder65,
        _ => AgeBand.Under40,
    };
}

/// <summary>A birth date and a last general exam taken between 15 and 85 years of age, before 2026-11-23.</summary>
public sealed record ExamCase(DateOnly Birth, DateOnly LastExam);

public static class HealthExamArbitraries
{
    public static Arbitrary<ExamCase> Cases() =>
        (from birthOffset in Gen.Choose(0, 365 * 70)
         from ageDays in Gen.Choose(365 * 15, 365 * 85)
         let birth = new DateOnly(1940, 1, 1).AddDays(birthOffset)
         let last = birth.AddDays(ageDays)
         where last <= new DateOnly(2026, 11, 23)
         select new ExamCase(birth, last)).ToArbitrary();
}
