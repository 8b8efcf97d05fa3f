using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// A collection lists its facts in the order they were inserted, whatever order their pairs were formed in and however
/// the session's stores reuse the numbers of retracted entries.
/// </summary>
public sealed class CollectOrderTests
{
    [Fact]
    public void Collect_FactsBeforeAndAfterTheWorker_ListsThemInInsertionOrder()
    {
        ISession session = Compiled.Session(typeof(ExamYearsRule));
        session.InsertAll([new Exam("a", 2021), new Exam("a", 2019)]);
        session.Insert(new Employee("a", 40, "u"));
        session.InsertAll([new Exam("a", 2024), new Exam("a", 2020)]);

        session.Fire();

        Assert.Equal([new ExamYears("a", "2021,2019,2024,2020")], session.Query<ExamYears>());
    }

    [Fact]
    public void Collect_AfterRetractionsFreedNumbers_StillListsInInsertionOrder()
    {
        ISession session = Compiled.Session(typeof(ExamYearsRule));
        var early = new Exam("a", 2018);
        var other = new Exam("b", 2018);
        session.InsertAll([new Employee("a", 40, "u"), new Employee("b", 40, "u"), early, other, new Exam("a", 2022)]);
        session.Fire();

        // The retracted entries' numbers are handed out again to the facts inserted next.
        session.Retract(early);
        session.Retract(other);
        session.Insert(new Exam("a", 2017));
        session.Insert(new Exam("a", 2025));
        session.Fire();

        Assert.Equal(new ExamYears("a", "2022,2017,2025"), session.Query<ExamYears>().Single(y => y.WorkerId == "a"));
        Assert.Equal(new ExamYears("b", ""), session.Query<ExamYears>().Single(y => y.WorkerId == "b"));
    }

    private sealed record ExamYears(string WorkerId, string Years);

    private sealed class ExamYearsRule : Rule
    {
        public override void Define()
        {
            Employee worker = default!;
            IEnumerable<Exam> exams = default!;
            When()
                .Match(() => worker)
                .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id).Collect());
            Then().Yield(ctx => new ExamYears(worker.Id, string.Join(",", exams.Select(e => e.Year))));
        }
    }
}
