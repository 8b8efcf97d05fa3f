using OshRules.Evaluation;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class HealthExamRuleTests
{
    internal static readonly ISessionFactory Factory = CreateFactory();

    private static ISessionFactory CreateFactory()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(PeriodicGeneralExamDueRule).Assembly).Where(r => r.IsTagged(Families.HealthExams)));
        return repository.Compile(OshRulesOptions.DefaultRuntime);
    }

    internal static ISession Session(EvaluationDate asOf, HealthExamOptions options, params object[] facts)
    {
        var session = Factory.CreateSession();
        session.Insert(asOf);
        session.Insert(options);
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    [Fact, Trait("Rule", "HC-2")]
    public void Fire_WorkersInService_YieldsOnePeriodicExamDueEach()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default,
            Worker("1961-11-22", id: "A"), Worker("1990-01-01", id: "B"), Worker("1990-01-01", "2027-01-01", id: "C"),
            General("2025-11-22", "A"), General("2023-05-05", "B"));

        var due = session.Query<PeriodicGeneralExamDue>().OrderBy(d => d.SubjectId, StringComparer.Ordinal).ToList();

        Assert.Equal(["A", "B"], due.Select(d => d.SubjectId));
        Assert.Equal(D("2026-11-22"), due[0].DueDate);
        Assert.Equal(ExamStatusKind.Overdue, due[0].Status.Kind);
        Assert.Equal(D("2028-05-05"), due[1].DueDate);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Insert_NewerExam_RetractsAndReplacesTheDueConclusion()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default, Worker("1961-11-22"), General("2025-11-22"));

        session.Insert(General("2026-11-23"));
        session.Fire();

        var due = Assert.Single(session.Query<PeriodicGeneralExamDue>());
        Assert.Equal(D("2027-11-23"), due.DueDate);
    }

    [Fact, Trait("Rule", "HC-3")]
    public void Fire_CalendarYearOption_IsAppliedAndRecorded()
    {
        var options = HealthExamOptions.Default with { Counting = DueDateCounting.CalendarYear };
        var session = Session(AsOf("2026-11-23"), options, Worker("1995-03-15"), General("2022-03-15"));

        var due = Assert.Single(session.Query<PeriodicGeneralExamDue>());
        Assert.Equal(D("2027-12-31"), due.DueDate);
        Assert.Equal(options, due.Options);
    }

    [Fact, Trait("Rule", "HC-1")]
    public void Fire_NewWorkerWithoutExam_YieldsHireExamRequired_AndAnExamRetractsIt()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default, Worker("1990-01-01", "2026-12-01"));

        var required = Assert.Single(session.Query<HireExamRequired>());
        Assert.Equal(D("2026-12-01"), required.DueDate);

        session.Insert(Hiring("2026-11-20"));
        session.Fire();
        Assert.Empty(session.Query<HireExamRequired>());
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2026-07-14", 1, 0)] // six months or less: exempt
    [InlineData("2026-07-15", 0, 1)] // longer: required despite the claim
    public void Fire_ShortTermClaim_ExemptOnlyForSixMonthsOrLess(string workEnd, int exempt, int required)
    {
        var session = Session(AsOf("2026-02-01"), HealthExamOptions.Default,
            Worker("1990-01-01", "2026-01-15"), new HiringExemption(WorkerId, HiringExemptionReason.TemporaryOrShortTermWork, D(workEnd)));

        Assert.Equal(exempt, session.Query<HireExamExempt>().Count());
        Assert.Equal(required, session.Query<HireExamRequired>().Count());
    }

    [Fact, Trait("Rule", "HC-1")]
    public void Fire_RecentPeriodicExam_YieldsExemptionNotRequirement()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default, Worker("1990-01-01", "2026-03-01"), General("2022-03-01"));

        Assert.Equal(HiringExemptionReason.RecentExamProven, Assert.Single(session.Query<HireExamExempt>()).Reason);
        Assert.Empty(session.Query<HireExamRequired>());
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Fire_TwoHazards_YieldsOneSpecialExamDuePerHazard_EndedWorkNone()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default,
            Worker("1990-01-01"),
            new SpecialHazardAssignment(WorkerId, Noise, D("2026-03-01")),
            new SpecialHazardAssignment(WorkerId, Dust, D("2025-01-01")),
            new SpecialHazardAssignment(WorkerId, SpecialHazard.Parse("9.12"), D("2020-01-01"), D("2024-12-31")),
            Special("2026-02-01", Dust));

        var due = session.Query<SpecialExamDue>().OrderBy(d => d.Hazard.Code, StringComparer.Ordinal).ToList();

        Assert.Equal([Noise, Dust], due.Select(d => d.Hazard));
        Assert.Equal((ExamKind.SpecialPhysical, D("2026-03-01")), (due[0].Kind, due[0].DueDate));
        Assert.Equal((ExamKind.SpecialPeriodic, D("2027-02-01")), (due[1].Kind, due[1].DueDate));
    }

    [Fact, Trait("Rule", "HC-5")]
    public void Fire_GradedAndUnfitExams_YieldFollowUps()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default,
            Worker("1990-01-01"),
            Special("2026-05-01", Noise, level: ManagementLevel.Level3),
            new ExamRecord(WorkerId, ExamKind.PeriodicGeneral, D("2026-06-01"), fitness: WorkFitness.CannotContinueWork));

        var follow = session.Query<ManagementFollowUp>().OrderBy(f => f.ExamDate).ToList();

        Assert.Equal(2, follow.Count);
        Assert.Equal(ManagementLevel.Level3, follow[0].Level);
        Assert.True(follow[1].Requires(FollowUpAction.ChangeWorkplaceJobOrHours));
    }

    [Fact, Trait("Rule", "HC-6")]
    public void Fire_Measurements_YieldClassifications()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default,
            new NoiseMeasurement(WorkerId, D("2026-10-01"), 85.0),
            new MixtureMeasurement(WorkerId, D("2026-10-01"), HazardAgent.Benzene, 1.0));

        var results = session.Query<SpecialHazardClassification>().OrderBy(c => c.Hazard.Code, StringComparer.Ordinal).ToList();

        Assert.Equal([(Noise, true), (SpecialHazard.Of(HazardAgent.Benzene), false)], results.Select(r => (r.Hazard, r.IsSpecialHazardous)));
    }

    [Fact, Trait("Rule", "HC-8")]
    public void Fire_ExamRecords_YieldOneRetentionEach()
    {
        var session = Session(AsOf("2026-11-23"), HealthExamOptions.Default, General("2020-06-15"), Special("2020-06-15", Dust));

        var years = session.Query<ExamRecordRetention>().Select(r => r.Period.Years).Order().ToList();

        Assert.Equal([7, 30], years);
    }

    [Fact, Trait("Rule", "HC-7")]
    public void Fire_EveryDueConclusion_CarriesAStatusAndCitations()
    {
        var session = Session(AsOf("2026-11-23", dueSoonDays: 30), HealthExamOptions.Default,
            Worker("1961-11-22", "2000-01-01"), General("2025-12-20"), new SpecialHazardAssignment(WorkerId, Noise, D("2026-01-01")), Special("2025-12-31", Noise));

        var periodic = Assert.Single(session.Query<PeriodicGeneralExamDue>());
        var special = Assert.Single(session.Query<SpecialExamDue>());

        Assert.Equal(new ExamStatus(ExamStatusKind.DueSoon, 27), periodic.Status);
        Assert.Equal(new ExamStatus(ExamStatusKind.NotYetDue, 38), special.Status);
        Assert.NotEmpty(periodic.Basis);
        Assert.NotEmpty(special.Basis);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void Factory_LoadsOnlyHealthExamRules_NamedByTheirDomainId()
    {
        var names = typeof(PeriodicGeneralExamDueRule).Assembly.GetTypes()
            .Where(t => t.Namespace == "OshRules.HealthExams" && t.IsSubclassOf(typeof(NRules.Fluent.Dsl.Rule)))
            .Select(t => RuleDefinitions.Of(t).Name)
            .ToList();

        Assert.Equal(15, names.Count);
        Assert.All(names, n => Assert.Matches(@"^HC-[1-8] ", n));
    }
}
