using OshRules.Evaluation;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Ergonomics;
using OshRules.Ergonomics.Rules;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqRulesTests
{
    internal static readonly ISessionFactory Factory = Compile();

    private static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoHazardGradeRule).Assembly).Where(rule => rule.IsTagged(Families.Ergonomics)));
        return repository.Compile(OshRulesOptions.DefaultRuntime);
    }

    internal static ISession Fire(params object[] facts)
    {
        var session = Factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_QuestionnaireWithRegionAt3_YieldsLightYellowGradeAndSimpleTask()
    {
        var q = Scored("W1", (BodyRegion.Neck, 3, 0));

        var session = Fire(AsOf, q);

        var grade = Assert.Single(session.Query<NmqGrade>());
        Assert.Equal(NmqCalculator.Grade(q, AsOf), grade);
        Assert.Equal(NmqGradeLevel.LightYellow, grade.Level);
        var task = Assert.Single(session.Query<ImprovementTask>());
        Assert.Equal(ImprovementStage.Simple, task.Stage);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_QuestionnaireAllAt2_YieldsNoHazardGradeAndNoTask()
    {
        var session = Fire(AsOf, Scored("W1", (BodyRegion.Neck, 2, 2)));

        Assert.Equal(NmqGradeLevel.None, Assert.Single(session.Query<NmqGrade>()).Level);
        Assert.Empty(session.Query<ImprovementTask>());
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_DiagnosisAndSuspectedQuestionnaire_YieldsOnlyTheRedGrade()
    {
        var q = Scored("W1", (BodyRegion.LowerBack, 4, 0));
        var s = new HealthRoomSignals("W1") { DiagnosedDisease = true, AbnormalResignation = true };

        var session = Fire(AsOf, q, s);

        var grade = Assert.Single(session.Query<NmqGrade>());
        Assert.Equal(NmqCalculator.Grade(q, s, AsOf), grade);
        Assert.Equal(NmqGradeLevel.Red, grade.Level);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_HazardSignalWithoutQuestionnaire_YieldsDarkYellowGrade()
    {
        var session = Fire(AsOf, new HealthRoomSignals("W1") { FrequentMedicalRequests = true });

        Assert.Equal(NmqGradeLevel.DarkYellow, Assert.Single(session.Query<NmqGrade>()).Level);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_WorkerWithoutQuestionnaireOrSignal_YieldsNoGrade()
    {
        var session = Fire(AsOf, new Worker("W1", new DateOnly(1980, 1, 1), Sex.Female), new HealthRoomSignals("W2"));

        Assert.Empty(session.Query<NmqGrade>());
        Assert.Empty(session.Query<ImprovementTask>());
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Fire_SimpleImprovementNotResolved_YieldsAdvancedTask()
    {
        var session = Fire(
            AsOf,
            Scored("W1", (BodyRegion.RightShoulder, 0, 4)),
            new SimpleImprovementOutcome("W1", new DateOnly(2026, 6, 30), ImprovementResult.NotResolved));

        Assert.Equal(ImprovementStage.Advanced, Assert.Single(session.Query<ImprovementTask>()).Stage);
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void Fire_SimpleImprovementResolved_YieldsNoTask()
    {
        var session = Fire(
            AsOf,
            Scored("W1", (BodyRegion.RightShoulder, 0, 4)),
            new SimpleImprovementOutcome("W1", new DateOnly(2026, 6, 30), ImprovementResult.Resolved));

        Assert.Single(session.Query<NmqGrade>());
        Assert.Empty(session.Query<ImprovementTask>());
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Retract_DiagnosisSignals_RegradesFromTheQuestionnaire()
    {
        var q = Scored("W1", (BodyRegion.LowerBack, 4, 0));
        var s = new HealthRoomSignals("W1") { DiagnosedDisease = true };
        var session = Fire(AsOf, q, s);

        session.Retract(s);
        session.Fire();

        Assert.Equal(NmqGradeLevel.LightYellow, Assert.Single(session.Query<NmqGrade>()).Level);
    }

    [Theory, Trait("Rule", "NMQ-7")]
    [InlineData(99, ProgrammeForm.RecordsOrDocuments)]
    [InlineData(100, ProgrammeForm.WrittenProgramme)]
    public void Fire_Establishment_YieldsDutyAndCalendar(int workers, ProgrammeForm form)
    {
        var e = new ErgonomicsEstablishment("SCHOOL", workers);

        var session = Fire(AsOf, e);

        var duty = Assert.Single(session.Query<ErgonomicProgrammeDuty>());
        Assert.Equal(form, duty.Form);
        Assert.Equal(NmqCalculator.ProgrammeDuty(e, AsOf), duty);
        Assert.Equal(new DateOnly(2026, 4, 30), Assert.Single(session.Query<ErgonomicProgrammeCalendar>()).Calendar.ActiveSurveyDue);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_QuestionnaireWithEmptySignalRecord_YieldsTheQuestionnaireGradeOnce()
    {
        var q = Scored("W1", (BodyRegion.LeftAnkleFoot, 3, 0));

        var session = Fire(AsOf, q, new HealthRoomSignals("W1"));

        Assert.Equal(NmqCalculator.Grade(q, AsOf), Assert.Single(session.Query<NmqGrade>()));
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Fire_TwoWorkers_GradesEachOnItsOwnFacts()
    {
        var session = Fire(
            AsOf,
            Scored("W1", (BodyRegion.Neck, 3, 0)),
            Scored("W2"),
            new HealthRoomSignals("W2") { DiagnosedDisease = true });

        Assert.Equal(
            new[] { ("W1", NmqGradeLevel.LightYellow), ("W2", NmqGradeLevel.Red) },
            session.Query<NmqGrade>().AsEnumerable().OrderBy(g => g.SubjectId, StringComparer.Ordinal).Select(g => (g.SubjectId, g.Level)).ToArray());
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Every_ergonomics_rule_is_sealed_tagged_and_named_after_its_rule_id()
    {
        var rules = typeof(NoHazardGradeRule).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(NoHazardGradeRule).Namespace && typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t))
            .ToList();

        Assert.Equal(8, rules.Count);
        Assert.All(rules, t =>
        {
            Assert.True(t.IsSealed && t.IsPublic, t.Name);
            var definition = RuleDefinitions.Of(t);
            Assert.Matches(@"^NMQ-[1-7] ", definition.Name);
            Assert.Contains(Families.Ergonomics, definition.Tags);
        });
    }
}
