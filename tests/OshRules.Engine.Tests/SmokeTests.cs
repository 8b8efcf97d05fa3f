using OshRules.Engine.Fluent;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class SmokeTests
{
    private static readonly ISessionFactory Factory = CreateFactory();

    private static ISessionFactory CreateFactory()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(ExposedWithoutExamRule).Assembly).Where(r => r.IsTagged(SampleTags.Core)));
        return repository.Compile();
    }

    [Fact]
    public void Fire_JoinNotCollectYieldChain_ProducesConclusions()
    {
        ISession session = Factory.CreateSession();
        session.InsertAll([new Employee("a", 65, "u"), new Employee("b", 30, "u"), new Exposure("a", "noise", 3), new Exposure("b", "noise", 1), new Exam("b", 2025)]);

        int fired = session.Fire();

        Assert.Equal([new Due("a", "noise")], session.Query<Due>().ToList());
        Assert.Equal([new ExamCount("a", 0), new ExamCount("b", 1)], session.Query<ExamCount>().OrderBy(c => c.WorkerId).ToList());
        Assert.Equal([new Escalation("a")], session.Query<Escalation>().ToList());
        Assert.Equal(4, fired);

        session.Insert(new Exam("a", 2026));
        session.Fire();

        Assert.Empty(session.Query<Due>());
        Assert.Equal([new ExamCount("a", 1), new ExamCount("b", 1)], session.Query<ExamCount>().OrderBy(c => c.WorkerId).ToList());
    }
}
