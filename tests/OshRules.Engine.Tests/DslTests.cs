using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class DslTests
{
    private static readonly ISessionFactory Factory = Compiled.From(
        typeof(MatchAliasRule), typeof(MatchNoAliasRule), typeof(BaseTypeRule), typeof(InterfaceRule));

    [Fact]
    public void Match_WithAliasAndCondition_BindsOnlyMatchingFacts()
    {
        // Arrange
        var session = Compiled.Session(typeof(MatchAliasRule));
        session.InsertAll([new Employee("old", 60, "u"), new Employee("young", 59, "u")]);

        // Act
        int fired = session.Fire();

        // Assert
        Assert.Equal(1, fired);
        Assert.Equal([new Due("old", "age")], session.Query<Due>());
    }

    [Fact]
    public void Match_WithoutAlias_MatchesFact()
    {
        var session = Compiled.Session(typeof(MatchNoAliasRule));
        session.Insert(new Cutoff(2001));

        session.Fire();

        Assert.Equal([new Counter("cutoff", 1)], session.Query<Counter>());
    }

    [Fact]
    public void Match_BaseType_SeesDerivedFacts()
    {
        ISession session = Factory.CreateSession();
        session.InsertAll([new Employee("e", 30, "u"), new Contractor("c")]);

        session.Fire();

        Assert.Equal(["c", "e"], session.Query<Due>().Where(d => d.Reason == "person").Select(d => d.WorkerId).Order());
    }

    [Fact]
    public void Match_Interface_SeesImplementations()
    {
        ISession session = Factory.CreateSession();
        session.Insert(new Exposure("w", "noise", 1));

        session.Fire();

        Assert.Equal([new Due("w", "hazard")], session.Query<Due>());
    }

    [Fact]
    public void Match_JoinOnEquality_PairsOnlyEqualKeys()
    {
        var session = Compiled.Session(typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Exposure("a", "noise", 1), new Exposure("a", "heat", 1), new Exposure("c", "dust", 1)]);

        session.Fire();

        Assert.Equal([new Due("a", "heat"), new Due("a", "noise")], session.Query<Due>().OrderBy(d => d.Reason));
    }

    [Fact]
    public void Exists_ManyMatchingFacts_FiresOnce()
    {
        var session = Compiled.Session(typeof(ExistsRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 5), new Exposure("a", "dust", 1)]);

        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("a", "exposed")], session.Query<Due>());
    }

    [Fact]
    public void Exists_LastMatchingFactRetracted_RetractsYieldedFact()
    {
        var session = Compiled.Session(typeof(ExistsRule));
        var noise = new Exposure("a", "noise", 2);
        session.InsertAll([new Employee("a", 30, "u"), noise]);
        session.Fire();

        session.Retract(noise);
        session.Fire();

        Assert.Empty(session.Query<Due>());
    }

    [Fact]
    public void Not_NoMatchingFact_Fires()
    {
        var session = Compiled.Session(typeof(NotRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exam("b", 2025)]);

        session.Fire();

        Assert.Equal([new Due("a", "no exam")], session.Query<Due>());
    }

    [Fact]
    public void Not_MatchingFactInsertedThenRetracted_RetractsThenRestoresYield()
    {
        var session = Compiled.Session(typeof(NotRule));
        var exam = new Exam("a", 2025);
        session.Insert(new Employee("a", 30, "u"));
        session.Fire();

        session.Insert(exam);
        session.Fire();
        int afterInsert = session.Query<Due>().Count();
        session.Retract(exam);
        session.Fire();

        Assert.Equal(0, afterInsert);
        Assert.Equal([new Due("a", "no exam")], session.Query<Due>());
    }

    [Fact]
    public void All_EveryFactSatisfies_Fires()
    {
        var session = Compiled.Session(typeof(AllRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 1), new Exposure("b", "dust", 9)]);

        session.Fire();

        Assert.Equal([new Due("a", "all low")], session.Query<Due>());
    }

    [Fact]
    public void All_OneCounterExample_DoesNotFire()
    {
        var session = Compiled.Session(typeof(AllRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 3)]);

        session.Fire();

        Assert.Empty(session.Query<Due>());
    }

    [Fact]
    public void QueryCollect_NoMatchingFact_YieldsEmptyCollection()
    {
        var session = Compiled.Session(typeof(CollectRule));
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([new ExamCount("a", 0)], session.Query<ExamCount>());
    }

    [Fact]
    public void QueryCollect_InsertUpdateRetract_KeepsCollectionCurrent()
    {
        var session = Compiled.Session(typeof(CollectRule));
        var first = new Exam("a", 2024);
        session.InsertAll([new Employee("a", 30, "u"), first, new Exam("b", 2024)]);
        session.Fire();
        int initially = session.Query<ExamCount>().Single().Count;

        session.Insert(new Exam("a", 2025));
        session.Fire();
        int afterInsert = session.Query<ExamCount>().Single().Count;
        session.Retract(first);
        session.Fire();

        Assert.Equal(1, initially);
        Assert.Equal(2, afterInsert);
        Assert.Equal([new ExamCount("a", 1)], session.Query<ExamCount>());
    }

    [Fact]
    public void QueryCollect_WhereSelectWhereCollectWhere_AppliesEachStep()
    {
        var session = Compiled.Session(typeof(CollectWhereSelectRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Exam("a", 2019), new Exam("a", 2021), new Exam("a", 2022), new Exam("a", 2023), new Exam("b", 2010)]);

        session.Fire();

        Assert.Equal([new Due("a", "2021,2023")], session.Query<Due>());
    }

    [Fact]
    public void Let_ComputedValue_IsBoundAndUsableInHaving()
    {
        var session = Compiled.Session(typeof(LetRule));
        session.InsertAll([new Cutoff(2026), new Employee("old", 60, "u"), new Employee("young", 50, "u")]);

        session.Fire();

        Assert.Equal([new Due("old", "born 1966")], session.Query<Due>());
    }

    [Fact]
    public void Having_ConditionOverTwoAliases_FiltersMatches()
    {
        var session = Compiled.Session(typeof(HavingRule));
        session.InsertAll([new Employee("a", 60, "u"), new Exam("a", 2000), new Exam("a", 2020)]);

        session.Fire();

        Assert.Equal([new Due("a", "having 2020")], session.Query<Due>());
    }

    [Fact]
    public void Do_InsertsFactsIntoWorkingMemory()
    {
        var session = Compiled.Session(typeof(HighPriorityRule));
        session.Insert(new Cutoff(2026));

        session.Fire();

        Assert.Equal([new Counter("high", 2026)], session.Query<Counter>());
    }

    [Fact]
    public void Yield_MatchUpdated_ReplacesLinkedFact()
    {
        var session = Compiled.Session(typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        session.Update(new Employee("a", 30, "u"));
        session.Fire();

        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Fact]
    public void Yield_MatchGone_RetractsLinkedFact()
    {
        var session = Compiled.Session(typeof(JoinRule));
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([new Employee("a", 30, "u"), exposure]);
        session.Fire();

        session.Retract(exposure);

        Assert.Empty(session.Query<Due>());
    }

    [Fact]
    public void Yield_WithUpdateExpression_ComputesFromPreviousFact()
    {
        var session = Compiled.Session(typeof(YieldUpdateRule));
        var worker = new IdentifiedEmployee("a", 30);
        session.Insert(worker);
        session.Fire();

        session.Update(worker with { Age = 31 });
        session.Fire();
        session.Update(worker with { Age = 32 });
        session.Fire();

        Assert.Equal([new Counter("a", 3)], session.Query<Counter>());
    }
}
