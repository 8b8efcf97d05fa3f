using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// HC-6 → HC-4: what the chain concludes from measurements equals what a caller gets by inserting, by hand, the
/// assignment the measurements stand for (computed here independently of the library).
/// </summary>
public sealed class MeasuredWorkChainProperties
{
    // The cases' dates start in 2022, before the other families' texts: the rule sets hold the health-exam rules only.
    private static readonly OshRuleSet DayExact = FamilyRuleSets.Of(Common.Families.HealthExams);

    private static readonly OshRuleSet CalendarYear = FamilyRuleSets.Of(
        new OshRulesOptions { HealthExams = HealthExamOptions.Default with { Counting = DueDateCounting.CalendarYear } },
        Common.Families.HealthExams);

    private static readonly SpecialHazard Noise = new(HazardCategory.Noise);

    [Property(MaxTest = 200, Arbitrary = [typeof(MeasuredWorkArbitraries)])]
    [Trait("Rule", "HC-4")]
    [Trait("Rule", "HC-6")]
    public bool Chained_special_exams_equal_those_of_the_assignment_inserted_by_hand(MeasuredWorkCase c)
    {
        var rules = c.CalendarYearCounting ? CalendarYear : DayExact;
        var chained = rules.Evaluate(c.AsOf, [c.Worker, .. c.Measurements, .. c.Exams, .. c.Explicit is null ? [] : new object[] { c.Explicit }]);

        // By hand: an explicit assignment still running on the day of the latest measurement governs; otherwise the
        // measurements stand for work from the first of the unbroken series of measurement days reaching 85 dBA.
        var deciding = c.Measurements.Max(m => m.MeasuredOn);
        object? byHandWork = c.Explicit is { } e && e.IsCurrentOn(deciding) ? e : ImpliedWork(c);
        var byHand = rules.Evaluate(c.AsOf, [c.Worker, .. c.Exams, .. byHandWork is null ? [] : new[] { byHandWork }]);

        return Keys(chained).SequenceEqual(Keys(byHand), StringComparer.Ordinal);
    }

    private static SpecialHazardAssignment? ImpliedWork(MeasuredWorkCase c)
    {
        var days = c.Measurements.GroupBy(m => m.MeasuredOn).OrderByDescending(g => g.Key).ToList();
        var run = days.TakeWhile(g => g.Any(m => m.EightHourTwaDba >= 85.0)).ToList();
        return run.Count == 0 ? null : new SpecialHazardAssignment(c.Worker.Id, Noise, run[^1].Key);
    }

    private static IEnumerable<string> Keys(OshResult result) =>
        result.All<SpecialExamDue>()
            .Select(d => $"{d.Hazard}|{d.WorkSince}|{d.Kind}|{d.LastExam}|{d.DueDate}|{d.Status}|{d.Counting}|{d.RulesVersion}|{d.PendingAmendment?.EffectiveFrom}|{string.Join(";", d.Basis)}")
            .Order(StringComparer.Ordinal);
}

/// <summary>One worker's noise measurements, special exams, an optional explicit noise assignment and a date.</summary>
public sealed record MeasuredWorkCase(
    DateOnly AsOf,
    bool CalendarYearCounting,
    Worker Worker,
    IReadOnlyList<NoiseMeasurement> Measurements,
    IReadOnlyList<ExamRecord> Exams,
    SpecialHazardAssignment? Explicit)
{
    public override string ToString() =>
        $"AsOf = {AsOf}, CalendarYear = {CalendarYearCounting}, Measurements = [{string.Join(", ", Measurements.Select(m => $"{m.MeasuredOn} {m.EightHourTwaDba}"))}], "
        + $"Exams = [{string.Join(", ", Exams.Select(e => $"{e.Kind} {e.Date}"))}], Explicit = {(Explicit is null ? "none" : $"{Explicit.Since}–{Explicit.Until}")}";
}

public static class MeasuredWorkArbitraries
{
    private const string Id = "W-1";

    public static Arbitrary<MeasuredWorkCase> Cases() =>
        (from asOfOffset in Gen.Choose(0, 365 * 8)
         from calendarYear in Gen.Elements(false, true)
         from measurementCount in Gen.Choose(1, 5)
         from measurements in Gen.ArrayOf(
             from daysAgo in Gen.Choose(0, 365 * 4)
             from dba in Gen.Elements(70.0, 84.9, 85.0, 85.1, 92.0)
             select (daysAgo, dba), measurementCount)
         from examCount in Gen.Choose(0, 3)
         from exams in Gen.ArrayOf(
             from daysAgo in Gen.Choose(0, 365 * 5)
             from kind in Gen.Elements(ExamKind.SpecialPhysical, ExamKind.SpecialPeriodic, ExamKind.PeriodicGeneral)
             select (daysAgo, kind), examCount)
         from hasExplicit in Gen.Elements(false, false, true)
         from explicitSince in Gen.Choose(0, 365 * 6)
         from explicitLength in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 365 * 6).Select(d => (int?)d))
         let asOf = new DateOnly(2022, 1, 1).AddDays(asOfOffset)
         select Build(asOf, calendarYear, measurements, exams, hasExplicit ? (explicitSince, explicitLength) : null)).ToArbitrary();

    private static MeasuredWorkCase Build(
        DateOnly asOf,
        bool calendarYear,
        (int DaysAgo, double Dba)[] measurements,
        (int DaysAgo, ExamKind Kind)[] exams,
        (int SinceDaysAgo, int? Length)? explicitWork)
    {
        var worker = new Worker(Id, new DateOnly(1975, 3, 3), Sex.Male, new DateOnly(2000, 1, 1));
        var noise = new SpecialHazard(HazardCategory.Noise);
        SpecialHazardAssignment? assignment = null;
        if (explicitWork is { } w)
        {
            var since = asOf.AddDays(-w.SinceDaysAgo);
            assignment = new SpecialHazardAssignment(Id, noise, since, w.Length is { } l ? since.AddDays(l) : null);
        }

        return new MeasuredWorkCase(
            asOf,
            calendarYear,
            worker,
            measurements.Select(m => new NoiseMeasurement(Id, asOf.AddDays(-m.DaysAgo), m.Dba)).Distinct().ToList(),
            exams.Select(e => new ExamRecord(Id, e.Kind, asOf.AddDays(-e.DaysAgo), e.Kind == ExamKind.PeriodicGeneral ? null : noise)).Distinct().ToList(),
            assignment);
    }
}
