using OshRules.Evaluation;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

public sealed class TrainingRulesTests
{
    internal static readonly ISessionFactory Factory = CompileTraining();

    private static readonly DateOnly D = new(2026, 5, 8); // a Friday

    internal static ISessionFactory CompileTraining()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(CourseStatusRule).Assembly).Where(r => r.IsTagged(Families.Training)));
        return repository.Compile(OshRulesOptions.DefaultRuntime);
    }

    internal static ISession Run(params object[] facts)
    {
        var session = Factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Fire_PassedCourse_YieldsPassedStatusAndAttempts()
    {
        var course = Chinese();
        var progress = Progress(course, ReadAll(D, course), Exam(D, 90), Questionnaire(D));

        var session = Run(AsOf(D), TrainingOptions.Default, course, progress);

        var status = Assert.Single(session.Query<CourseStatus>());
        Assert.True(status.IsPassed);
        Assert.Equal(D, status.PassedOn);
        var retake = Assert.Single(session.Query<ExamRetakeState>());
        Assert.Equal(ExamState.Passed, retake.State);
        Assert.Empty(session.Query<ReadingResetRequired>());
    }

    [Fact, Trait("Rule", "EDU-5")]
    public void Fire_AttemptsUsedUp_YieldsReadingResetRequired()
    {
        var course = Chinese(nodes: 2);
        var progress = Progress(course, ReadAll(D, course), Exam(D, 10), Exam(D, 79));

        var session = Run(AsOf(D), TrainingOptions.Default, course, progress);

        var reset = Assert.Single(session.Query<ReadingResetRequired>());
        Assert.Equal((2, 2), (reset.Cycle, reset.NodesStillToView));
        Assert.Equal(ExamState.Locked, Assert.Single(session.Query<ExamRetakeState>()).State);
    }

    [Fact, Trait("Rule", "EDU-7"), Trait("Rule", "EDU-8")]
    public void Fire_PassedConstructionCourseOfCardHolderInItem12_YieldsCreditAndCardWindow()
    {
        var course = new Course("CONSTR-1", CourseLanguage.Chinese, 1m, 2, 3m) { IsConstructionCourse = true };
        var progress = Progress(course, ReadAll(D, course), Exam(D, 85), Questionnaire(D));

        var session = Run(
            AsOf(D), TrainingOptions.Default, course, progress,
            new TrainingProfile(Learner, InServiceItem.SpecifiedWork, new DateOnly(2024, 1, 2)),
            new OshCardStatus(Learner, OshCardState.Held));

        var credit = Assert.Single(session.Query<HoursCredit>());
        Assert.Equal((InServiceCredit.Offsets, 3m), (credit.InService, credit.InServiceHours));
        var card = Assert.Single(session.Query<OshCardRequirement>());
        Assert.Equal(new DateOnly(2026, 5, 13), card.RecordExpectedFrom); // Friday pass → Wednesday
        Assert.Equal(new DateOnly(2026, 5, 14), card.RecordExpectedBy);
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Fire_WorkerWithoutCard_YieldsFirstCardRequirementOnly()
    {
        var course = new Course("CONSTR-1", CourseLanguage.Chinese, 1m, 2, 3m) { IsConstructionCourse = true };
        var progress = Progress(course, ReadAll(D, course), Exam(D, 85), Questionnaire(D));

        var session = Run(AsOf(D), TrainingOptions.Default, course, progress, new OshCardStatus(Learner, OshCardState.None));

        var card = Assert.Single(session.Query<OshCardRequirement>());
        Assert.Equal(OshCardRequirementKind.FirstCardNeedsInPersonTraining, card.Kind);
        Assert.Equal(6m, card.InPersonHoursRequired);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Fire_ProfileWithoutRecords_YieldsBothObligations()
    {
        var session = Run(AsOf(2026, 6, 1), TrainingOptions.Default, new TrainingProfile(Learner, InServiceItem.GeneralWorker, new DateOnly(2023, 6, 15)));

        var dues = session.Query<TrainingDue>().OrderBy(d => d.Kind).ToList();
        Assert.Equal(2, dues.Count);
        Assert.Equal((TrainingDueKind.GeneralOnHireOrChange, TrainingDueStatus.Overdue), (dues[0].Kind, dues[0].Status));
        Assert.Equal((TrainingDueKind.InService, new DateOnly(2026, 6, 15), TrainingDueStatus.DueSoon), (dues[1].Kind, dues[1].DueDate, dues[1].Status));
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Fire_RecordsOfTwoWorkers_JoinsEachWorkersOwnRecords()
    {
        var hired = new DateOnly(2023, 6, 15);
        var session = Run(
            AsOf(2024, 2, 1), TrainingOptions.Default,
            new TrainingProfile("A", InServiceItem.GeneralWorker, hired),
            new TrainingProfile("B", InServiceItem.GeneralWorker, hired),
            new TrainingRecord("A", new DateOnly(2024, 1, 10), 3m, TrainingPurpose.InService, TrainingDelivery.InPerson),
            new TrainingRecord("A", new DateOnly(2024, 1, 11), 1m, TrainingPurpose.InService, TrainingDelivery.InPerson));

        var inService = session.Query<TrainingDue>().Where(d => d.Kind == TrainingDueKind.InService).ToDictionary(d => d.WorkerId);
        Assert.Equal(new DateOnly(2027, 1, 10), inService["A"].DueDate);
        Assert.Equal(1m, inService["A"].HoursCompleted);
        Assert.Equal(new DateOnly(2026, 6, 15), inService["B"].DueDate);
    }

    [Fact, Trait("Rule", "EDU-2")]
    public void Fire_InvalidHistory_SurfacesTheValidationError()
    {
        var course = Chinese(nodes: 3);
        var progress = Progress(course, Read(D, 1m, 1), Exam(D, 90));

        var ex = Assert.ThrowsAny<RuleExecutionException>(() => Run(AsOf(D), TrainingOptions.Default, course, progress));

        var inner = Assert.IsType<Law.OshValidationException>(ex.InnerException);
        Assert.Equal("EDU-2", inner.Rule);
        Assert.Equal("ExamAttempt", inner.Field);
    }

    [Fact, Trait("Rule", "EDU-1")]
    public void Rules_are_named_after_their_DOMAIN_ids_and_tagged_Training()
    {
        var types = typeof(CourseStatusRule).Assembly.GetTypes()
            .Where(t => t.Namespace == "OshRules.Training" && t.IsSubclassOf(typeof(NRules.Fluent.Dsl.Rule)))
            .ToList();

        Assert.Equal(8, types.Count);
        foreach (var t in types)
        {
            Assert.Matches(@"^EDU-\d ", RuleDefinitions.Of(t).Name);
            Assert.True(t.IsSealed);
        }
    }
}
