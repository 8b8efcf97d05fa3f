using FsCheck.Xunit;
using OshRules.Ergonomics;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqRulesProperties
{
    [Property(MaxTest = 150, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-3")]
    public bool Engine_rules_and_calculators_agree_on_random_surveys(SurveyRoster roster)
    {
        var questionnaires = roster.Cases.Select((c, i) => c.Questionnaire($"W{i}")).ToList();
        var signals = roster.Cases.Select((c, i) => c.SignalRecord($"W{i}")).OfType<HealthRoomSignals>().ToList();
        var outcomes = roster.Cases
            .Select((c, i) => (c, i))
            .Where(x => x.i % 3 == 1)
            .Select(x => new SimpleImprovementOutcome($"W{x.i}", new DateOnly(2026, 6, 30), x.i % 2 == 0 ? ImprovementResult.Resolved : ImprovementResult.NotResolved))
            .ToList();

        var expectedGrades = NmqCalculator.GradeAll(questionnaires, signals, AsOf);
        var expectedTasks = expectedGrades
            .Select(g => NmqCalculator.NextImprovement(g, outcomes.FirstOrDefault(o => o.WorkerId == g.SubjectId)))
            .OfType<ImprovementTask>()
            .ToHashSet();

        var session = NmqRulesTests.Factory.CreateSession();
        session.Insert(AsOf);
        session.InsertAll(questionnaires);
        session.InsertAll(signals);
        session.InsertAll(outcomes);
        session.Fire();

        var grades = session.Query<NmqGrade>().OrderBy(g => g.SubjectId, StringComparer.Ordinal).ToList();
        var tasks = session.Query<ImprovementTask>().ToList();
        return grades.SequenceEqual(expectedGrades) && tasks.Count == expectedTasks.Count && expectedTasks.SetEquals(tasks);
    }
}
