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

    [Property(MaxTest = 100), Trait("Rule", "NMQ-7")]
    public bool Engine_duty_agrees_with_the_calculator_for_any_workforce(ushort workers)
    {
        var establishment = new ErgonomicsEstablishment("E", workers);
        var session = NmqRulesTests.Factory.CreateSession();
        session.Insert(AsOf);
        session.Insert(establishment);
        session.Fire();

        var duty = session.Query<ErgonomicProgrammeDuty>().Single();
        return duty.Equals(NmqCalculator.ProgrammeDuty(establishment, AsOf))
            && duty.IsWrittenProgrammeRequired == (workers >= 100);
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(NmqArbitraries) }), Trait("Rule", "NMQ-5")]
    public bool Table_2_from_engine_grades_equals_table_2_from_calculator_grades(SurveyRoster roster)
    {
        var questionnaires = roster.Cases.Select((c, i) => c.Questionnaire($"W{i}")).ToList();
        var signals = roster.Cases.Select((c, i) => c.SignalRecord($"W{i}")).OfType<HealthRoomSignals>().ToList();
        var session = NmqRulesTests.Factory.CreateSession();
        session.Insert(AsOf);
        session.InsertAll(questionnaires);
        session.InsertAll(signals);
        session.Fire();

        var fromEngine = session.Query<NmqGrade>().ToList();
        var fromCalculator = NmqCalculator.GradeAll(questionnaires, signals, AsOf);
        return NmqStatistics.Table2(fromEngine, roster.OnBusinessTrip) == NmqStatistics.Table2(fromCalculator, roster.OnBusinessTrip)
            && NmqStatistics.Table5(fromEngine) == NmqStatistics.Table5(fromCalculator);
    }
}
