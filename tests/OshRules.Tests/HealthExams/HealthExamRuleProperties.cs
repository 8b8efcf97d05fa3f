using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Common;
using OshRules.HealthExams;

namespace OshRules.Tests.HealthExams;

public sealed class HealthExamRuleProperties
{
    [Property(MaxTest = 100, Arbitrary = [typeof(RosterArbitraries)])]
    [Trait("Rule", "HC-2")]
    [Trait("Rule", "HC-4")]
    public bool Engine_rules_and_calculators_agree_on_random_rosters(Roster roster)
    {
        // The generator can repeat an assignment row exactly (same worker, hazard, start and end: about 1 roster in
        // 9,000, so about 1 run in 90 of this property, whatever else runs alongside). Facts are records: value-equal rows are one fact, which the
        // facade enforces with TryInsert, while the engine's InsertAll rejects the whole batch. Both sides therefore
        // see the distinct assignments, as OshRuleSet.Evaluate does.
        var assignments = roster.Assignments.Distinct().ToArray();
        var session = HealthExamRuleTests.Factory.CreateSession();
        session.Insert(roster.AsOf);
        session.Insert(roster.Options);
        session.InsertAll(roster.Workers);
        session.InsertAll(roster.Exams);
        session.InsertAll(assignments);
        session.Fire();

        var expectedPeriodic = roster.Workers
            .Where(w => w.IsInService(roster.AsOf.Date))
            .Select(w => Key(HealthExamCalculator.NextPeriodicGeneralExam(w, roster.Exams.Where(e => e.WorkerId == w.Id), roster.AsOf, roster.Options)))
            .Order(StringComparer.Ordinal);
        var actualPeriodic = session.Query<PeriodicGeneralExamDue>().Select(Key).Order(StringComparer.Ordinal);

        var expectedSpecial = assignments
            .Where(a => a.IsCurrentOn(roster.AsOf.Date))
            .Select(a => Key(HealthExamCalculator.NextSpecialExam(roster.Workers.Single(w => w.Id == a.WorkerId), a, roster.Exams.Where(e => e.WorkerId == a.WorkerId), roster.AsOf, roster.Options)))
            .Order(StringComparer.Ordinal);
        var actualSpecial = session.Query<SpecialExamDue>().Select(Key).Order(StringComparer.Ordinal);

        var expectedHiring = roster.Workers
            .Where(w => w.HireDate is not null)
            .Select(w => HealthExamCalculator.HireExamRequirement(w, roster.Exams.Where(e => e.WorkerId == w.Id), null, roster.AsOf))
            .OfType<HireExamRequired>()
            .Select(r => $"{r.SubjectId}|{r.DueDate}|{r.Status}")
            .Order(StringComparer.Ordinal);
        var actualHiring = session.Query<HireExamRequired>().Select(r => $"{r.SubjectId}|{r.DueDate}|{r.Status}").Order(StringComparer.Ordinal);

        return expectedPeriodic.SequenceEqual(actualPeriodic)
            && expectedSpecial.SequenceEqual(actualSpecial)
            && expectedHiring.SequenceEqual(actualHiring);
    }

    private static string Key(PeriodicGeneralExamDue d) => $"{d.SubjectId}|{d.LastExam}|{d.DueDate}|{d.AgeBand}|{d.Status}|{d.IsBeyondEncodedVersion}";

    private static string Key(SpecialExamDue d) => $"{d.SubjectId}|{d.Hazard}|{d.Kind}|{d.DueDate}|{d.Status}";
}

/// <summary>A random roster: workers, their exams and special hazardous work, one evaluation date and options.</summary>
public sealed record Roster(EvaluationDate AsOf, HealthExamOptions Options, IReadOnlyList<Worker> Workers, IReadOnlyList<ExamRecord> Exams, IReadOnlyList<SpecialHazardAssignment> Assignments)
{
    public override string ToString() => $"Roster {{ AsOf = {AsOf.Date}, Options = {Options}, Workers = {Workers.Count}, Exams = {Exams.Count}, Assignments = {Assignments.Count} }}";
}

public static class RosterArbitraries
{
    private static readonly SpecialHazard[] Hazards = [new(HazardCategory.Noise), new(HazardCategory.Dust), SpecialHazard.Of(HazardAgent.Benzene)];

    public static Arbitrary<Roster> Rosters() =>
        (from asOfOffset in Gen.Choose(0, 365 * 8)
         from dueSoon in Gen.Choose(0, 90)
         from counting in Gen.Elements(DueDateCounting.DayExact, DueDateCounting.CalendarYear)
         from eligibility in Gen.Elements(PeriodicExamEligibility.FromHiring, PeriodicExamEligibility.AfterOneYearOfService)
         from size in Gen.Choose(1, 6)
         from people in Gen.ListOf(PersonGen(), size)
         let asOf = new DateOnly(2021, 12, 22).AddDays(asOfOffset)
         select Build(asOf, dueSoon, new HealthExamOptions { Counting = counting, Eligibility = eligibility }, people)).ToArbitrary();

    private static Gen<(int Age, int? HiredDaysAgo, int[] ExamDaysAgo, (int Hazard, int SinceDaysAgo, bool Ended)[] Work)> PersonGen() =>
        from ageDays in Gen.Choose(365 * 16, 365 * 80)
        from hired in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-200, 365 * 15).Select(d => (int?)d))
        from examCount in Gen.Choose(0, 3)
        from exams in Gen.ArrayOf(Gen.Choose(0, 365 * 7), examCount)
        from workCount in Gen.Choose(0, 2)
        from work in Gen.ArrayOf(
            from h in Gen.Choose(0, Hazards.Length - 1)
            from since in Gen.Choose(-60, 365 * 5)
            from ended in Gen.Elements(false, false, true)
            select (h, since, ended), workCount)
        select (ageDays, hired, exams, work);

    private static Roster Build(DateOnly asOf, int dueSoon, HealthExamOptions options, IEnumerable<(int Age, int? HiredDaysAgo, int[] ExamDaysAgo, (int Hazard, int SinceDaysAgo, bool Ended)[] Work)> people)
    {
        var workers = new List<Worker>();
        var exams = new List<ExamRecord>();
        var assignments = new List<SpecialHazardAssignment>();
        var n = 0;
        foreach (var p in people)
        {
            var id = $"W{n++}";
            var birth = asOf.AddDays(-p.Age);
            DateOnly? hired = p.HiredDaysAgo is { } h ? asOf.AddDays(-Math.Min(h, p.Age - (365 * 15))) : null;
            workers.Add(new Worker(id, birth, Sex.Male, hired));
            var k = 0;
            foreach (var e in p.ExamDaysAgo)
            {
                var date = asOf.AddDays(-Math.Min(e, p.Age - (365 * 15)));
                exams.Add((k++ % 3) switch
                {
                    0 => new ExamRecord(id, ExamKind.PeriodicGeneral, date),
                    1 => new ExamRecord(id, ExamKind.GeneralPhysical, date),
                    _ => new ExamRecord(id, ExamKind.SpecialPeriodic, date, Hazards[e % Hazards.Length]),
                });
            }

            foreach (var (hazard, since, ended) in p.Work)
            {
                var start = asOf.AddDays(-since);
                assignments.Add(new SpecialHazardAssignment(id, Hazards[hazard], start, ended ? start.AddDays(30) : null));
            }
        }

        return new Roster(new EvaluationDate(asOf, dueSoon), options, workers, exams, assignments);
    }
}
