using System.Collections.Concurrent;
using FsCheck.Fluent;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// Regression tests for the intermittent failure of <see cref="HealthExamRuleProperties"/>: the roster generator
/// sometimes repeats an assignment row exactly, and InsertAll refuses a batch holding equal facts. As in NRules'
/// runtime, the refusal comes when the second copy is added: the first copy is already in working memory.
/// </summary>
public sealed class HealthExamDuplicateFactTests
{
    // A falsifying roster captured from the generator (workers W0, W1; W1's dust assignment repeated).
    private static Roster CapturedRoster()
    {
        var asOf = new DateOnly(2024, 12, 27);
        Worker[] workers =
        [
            new("W0", new DateOnly(1971, 1, 9), Sex.Male, null),
            new("W1", new DateOnly(1949, 8, 8), Sex.Male, new DateOnly(2021, 11, 6)),
        ];
        var dust = new SpecialHazardAssignment("W1", new SpecialHazard(HazardCategory.Dust), new DateOnly(2023, 11, 29));
        var options = new HealthExamOptions { Counting = DueDateCounting.CalendarYear, Eligibility = PeriodicExamEligibility.AfterOneYearOfService };
        return new Roster(new EvaluationDate(asOf, 45), options, workers, [], [dust, new SpecialHazardAssignment("W1", new SpecialHazard(HazardCategory.Dust), new DateOnly(2023, 11, 29))]);
    }

    [Fact]
    [Trait("Rule", "HC-4")]
    public void CapturedRoster_RepeatsAnAssignment_WhichInsertAllRefusesAfterTheFirstCopy()
    {
        var roster = CapturedRoster();
        Assert.Equal(roster.Assignments[0], roster.Assignments[1]);
        Assert.NotSame(roster.Assignments[0], roster.Assignments[1]);

        var session = HealthExamRuleTests.Factory.CreateSession();
        Assert.Throws<ArgumentException>(() => session.InsertAll(roster.Assignments));
        Assert.Same(roster.Assignments[0], Assert.Single(session.Query<SpecialHazardAssignment>()));
    }

    [Fact]
    [Trait("Rule", "HC-2")]
    [Trait("Rule", "HC-4")]
    public void Property_HoldsOnTheCapturedRoster()
    {
        Assert.True(new HealthExamRuleProperties().Engine_rules_and_calculators_agree_on_random_rosters(CapturedRoster()));
    }

    [Fact]
    [Trait("Rule", "HC-4")]
    public void Facade_RepeatedAssignmentRow_CountsOnce()
    {
        var roster = CapturedRoster();
        var osh = OshRuleSet.CreateDefault();
        object[] once = [roster.Workers[1], roster.Assignments[0]];
        object[] twice = [roster.Workers[1], roster.Assignments[0], roster.Assignments[1]];

        var expected = osh.Evaluate(roster.AsOf.Date, once);
        var actual = osh.Evaluate(roster.AsOf.Date, twice);

        Assert.Null(actual.Error);
        var special = Assert.Single(actual.All<SpecialExamDue>());
        Assert.Equal(HazardCategory.Dust, special.Hazard.Category);
        Assert.Equal(expected.Conclusions.Select(c => c.ToString()), actual.Conclusions.Select(c => c.ToString()));
    }

    [Fact]
    [Trait("Rule", "HC-2")]
    [Trait("Rule", "HC-4")]
    public void SharedFactory_ManySessionsInParallel_AgreeWithCalculatorsAndWithSequentialRuns()
    {
        // Candidate (a) of the flaky property: mutable state in the compiled network shared by parallel sessions.
        var rosters = RosterArbitraries.Rosters().Generator.Sample(150, 100);
        // Family options and the due-soon window are settings of the rule set, not facts of a case: one rule set per setting.
        // The rosters' dates start with the health-exam text of 2021-12-22, before the other families' coverage: the rule
        // sets hold the health-exam rules only.
        var ruleSets = new ConcurrentDictionary<(HealthExamOptions, int), OshRuleSet>();
        OshRuleSet RulesFor(Roster r) => ruleSets.GetOrAdd((r.Options, r.AsOf.DueSoonDays), key =>
            FamilyRuleSets.Of(new OshRulesOptions { HealthExams = key.Item1, DueSoonDays = key.Item2 }, Families.HealthExams));
        var sequential = rosters.Select(r => Describe(RulesFor(r), r)).ToArray();
        var property = new HealthExamRuleProperties();
        var failures = new ConcurrentBag<int>();

        Parallel.For(0, rosters.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            int i = k % rosters.Length;
            if (!property.Engine_rules_and_calculators_agree_on_random_rosters(rosters[i]) || Describe(RulesFor(rosters[i]), rosters[i]) != sequential[i])
            {
                failures.Add(i);
            }
        });

        Assert.Contains(sequential, s => s.Contains("SpecialExamDue", StringComparison.Ordinal));
        Assert.Empty(failures);
    }

    private static string Describe(OshRuleSet osh, Roster roster)
    {
        var result = osh.Evaluate(roster.AsOf.Date, [.. roster.Workers, .. roster.Exams, .. roster.Assignments]);
        Assert.Null(result.Error);
        return string.Join('\n', result.Conclusions.Select(c => c.ToString()).Order(StringComparer.Ordinal));
    }
}
