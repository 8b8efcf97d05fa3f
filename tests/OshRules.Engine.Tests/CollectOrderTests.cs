using NRules;
using NRules.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// The order a <c>Collect()</c> lists its facts in, as NRules lists them: facts already there when the match is made in
/// the order the pattern's memory holds them (a fact inserted after a retraction takes the retracted one's place), then
/// each fact that joins later, appended.
/// </summary>
public sealed class CollectOrderTests
{
    [Theory, BothRuntimes]
    public void Collect_FactsBeforeAndAfterTheWorker_ListsThemInInsertionOrder(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExamYearsRule));
        session.InsertAll([new Exam("a", 2021), new Exam("a", 2019)]);
        session.Insert(new Employee("a", 40, "u"));
        session.InsertAll([new Exam("a", 2024), new Exam("a", 2020)]);

        session.Fire();

        Assert.Equal([new Due("a", "2021,2019,2024,2020")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Collect_FactsJoiningAfterRetractions_AreAppended(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExamYearsRule));
        var early = new Exam("a", 2018);
        var other = new Exam("b", 2018);
        session.InsertAll([new Employee("a", 40, "u"), new Employee("b", 40, "u"), early, other, new Exam("a", 2022)]);
        session.Fire();

        session.Retract(early);
        session.Retract(other);
        session.Insert(new Exam("a", 2017));
        session.Insert(new Exam("a", 2025));
        session.Fire();

        Assert.Equal(new Due("a", "2022,2017,2025"), session.Query<Due>().Single(y => y.WorkerId == "a"));
        Assert.Equal(new Due("b", ""), session.Query<Due>().Single(y => y.WorkerId == "b"));
    }

    // Not insertion order: NRules' memories are hash sets, which put a new fact in the place the last retracted one
    // freed, and a match made later lists the facts in that order. OshRules.Engine's SlotList keeps the same order.
    [Theory, BothRuntimes]
    public void Collect_MatchMadeAfterARetraction_ListsTheNewFactInTheFreedPlace(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExamYearsRule));
        session.InsertAll([new Exam("a", 2018), new Exam("a", 2019), new Exam("a", 2020)]);
        session.Retract(new Exam("a", 2018));
        session.Insert(new Exam("a", 2021));

        session.Insert(new Employee("a", 40, "u"));
        session.Fire();

        Assert.Equal([new Due("a", "2021,2019,2020")], session.Query<Due>());
    }
}

/// <summary>
/// What a rule's action receives from a <c>Collect()</c> on OshRules.Engine: the same elements as NRules' collection,
/// and a read-only <see cref="ICollection{T}"/>, so that counting and copying do not enumerate.
/// </summary>
public sealed class CollectResultTests
{
    [Fact]
    public void CollectResult_IsAReadOnlyCollectionOfTheElements()
    {
        ISession session = Compiled.Session(Runtime.Engine, typeof(KeepExamsRule));
        Exam first = new("a", 2021), second = new("a", 2023);
        session.InsertAll([new Employee("a", 40, "u"), first, second, new Exam("b", 2020)]);
        session.Fire();

        var exams = Assert.IsAssignableFrom<ICollection<Exam>>(session.Query<KeptExams>().Single().Exams);
        Assert.Equal(2, exams.Count);
        Assert.True(exams.IsReadOnly);
        Assert.True(exams.Contains(second));
        Assert.False(exams.Contains(new Exam("b", 2020)));
        var copy = new Exam[3];
        exams.CopyTo(copy, 1);
        Assert.Equal(new Exam?[] { null, first, second }, copy);
        Assert.Throws<ArgumentException>(() => exams.CopyTo(new Exam[2], 1));
        Assert.Throws<NotSupportedException>(() => exams.Add(first));
        Assert.Throws<NotSupportedException>(() => exams.Remove(first));
        Assert.Throws<NotSupportedException>(exams.Clear);
    }
}

/// <summary>Keeps what a <c>Collect()</c> gave the action.</summary>
public sealed record KeptExams(IEnumerable<Exam> Exams);

/// <summary>Yields each worker's collected exams as they were given to the action.</summary>
public sealed class KeepExamsRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        IEnumerable<Exam> exams = default!;
        When()
            .Match(() => worker)
            .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id).Collect());
        Then().Yield(ctx => new KeptExams(exams));
    }
}
