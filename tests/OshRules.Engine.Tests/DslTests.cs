using NRules;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Each element of NRules' DSL, on both runtimes.</summary>
public sealed class DslTests
{
    [Theory, BothRuntimes]
    public void Match_WithAliasAndCondition_BindsOnlyMatchingFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.InsertAll([new Employee("old", 60, "u"), new Employee("young", 59, "u")]);

        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("old", "age")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Match_WithoutAlias_MatchesFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchNoAliasRule));
        session.Insert(new Cutoff(2001));

        session.Fire();

        Assert.Equal([new Counter("cutoff", 1)], session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void Match_BaseType_SeesDerivedFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(BaseTypeRule), typeof(InterfaceRule));
        session.InsertAll([new Employee("e", 30, "u"), new Contractor("c")]);

        session.Fire();

        Assert.Equal(["c", "e"], session.Query<Due>().Where(d => d.Reason == "person").Select(d => d.WorkerId).Order());
    }

    [Theory, BothRuntimes]
    public void Match_Interface_SeesImplementations(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(BaseTypeRule), typeof(InterfaceRule));
        session.Insert(new Exposure("w", "noise", 1));

        session.Fire();

        Assert.Equal([new Due("w", "hazard")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Match_JoinOnEquality_PairsOnlyEqualKeys(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Exposure("a", "noise", 1), new Exposure("a", "heat", 1), new Exposure("c", "dust", 1)]);

        session.Fire();

        Assert.Equal([new Due("a", "heat"), new Due("a", "noise")], session.Query<Due>().OrderBy(d => d.Reason));
    }

    [Theory, BothRuntimes]
    public void Match_JoinOnInequality_PairsEveryFactThatSatisfiesIt(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(GreaterThanJoinRule));
        session.InsertAll([new Employee("a", 3, "u"), new Exposure("x", "noise", 4), new Exposure("y", "heat", 2)]);

        session.Fire();

        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Exists_ManyMatchingFacts_FiresOnce(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExistsRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 5), new Exposure("a", "dust", 1)]);

        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("a", "exposed")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Exists_LastMatchingFactRetracted_RetractsYieldedFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExistsRule));
        var noise = new Exposure("a", "noise", 2);
        session.InsertAll([new Employee("a", 30, "u"), noise]);
        session.Fire();

        session.Retract(noise);

        Assert.Empty(session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Not_NoMatchingFact_Fires(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exam("b", 2025)]);

        session.Fire();

        Assert.Equal([new Due("a", "no exam")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Not_MatchingFactInsertedThenRetracted_RetractsThenRestoresYield(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotRule));
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

    [Theory, BothRuntimes]
    public void All_EveryFactSatisfies_Fires(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(AllRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 1), new Exposure("b", "dust", 9)]);

        session.Fire();

        Assert.Equal([new Due("a", "all low")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void All_OneCounterExample_DoesNotFire(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(AllRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 2), new Exposure("a", "heat", 3)]);

        session.Fire();

        Assert.Empty(session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void All_CounterExampleReplacedByASatisfyingFact_Fires(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(AllRule));
        var loud = new Exposure("a", "heat", 3);
        session.InsertAll([new Employee("a", 30, "u"), loud]);
        session.Fire();

        session.Retract(loud);
        session.Insert(loud with { Level = 1 });
        session.Fire();

        Assert.Equal([new Due("a", "all low")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void QueryCollect_NoMatchingFact_YieldsEmptyCollection(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExamCountRule));
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([new ExamCount("a", 0)], session.Query<ExamCount>());
    }

    [Theory, BothRuntimes]
    public void QueryCollect_InsertUpdateRetract_KeepsCollectionCurrent(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ExamCountRule));
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

    // No Select step: Select (NRules' Project aggregate) is refused by OshRules.Engine (CompilationTests), so the steps
    // are Where before and after Collect.
    [Theory, BothRuntimes]
    public void QueryCollect_WhereWhereCollectWhere_AppliesEachStep(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CollectWhereRule));
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Exam("a", 2019), new Exam("a", 2021), new Exam("a", 2022), new Exam("a", 2023), new Exam("b", 2010)]);

        session.Fire();

        Assert.Equal([new Due("a", "2021,2023")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Query_WithoutCollect_MatchesLikeAPattern(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(QueryNoCollectRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exam("a", 2019), new Exam("a", 2024)]);

        session.Fire();

        Assert.Equal([new Due("a", "2024")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void QueryFrom_ValueComputedFromAnAlias_IsMatchedWithItsConditions(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(QueryFromRule));
        session.InsertAll([new IdentifiedEmployee("a", 65), new IdentifiedEmployee("b", 30)]);

        session.Fire();

        Assert.Equal([new Due("a", "decade 6")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void QueryFrom_AliasUpdated_RecomputesTheValue(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(QueryFromRule));
        session.InsertAll([new IdentifiedEmployee("a", 65), new IdentifiedEmployee("b", 30)]);
        session.Fire();

        session.Update(new IdentifiedEmployee("a", 40));
        session.Update(new IdentifiedEmployee("b", 72));
        session.Fire();

        Assert.Equal([new Due("b", "decade 7")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Let_ComputedValue_IsBoundAndUsableInHaving(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LetRule));
        session.InsertAll([new Cutoff(2026), new Employee("old", 60, "u"), new Employee("young", 50, "u")]);

        session.Fire();

        Assert.Equal([new Due("old", "born 1966")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Having_ConditionOverTwoAliases_FiltersMatches(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(HavingRule));
        session.InsertAll([new Employee("a", 60, "u"), new Exam("a", 2000), new Exam("a", 2020)]);

        session.Fire();

        Assert.Equal([new Due("a", "having 2020")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Or_EitherBranchHolds_FiresOncePerBranchThatHolds(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(OrRule));
        List<string> log = FiringLog.Attach(session);
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Employee("c", 30, "u"),
            new Exposure("a", "noise", 3), new Exam("b", 1999), new Exposure("c", "noise", 3), new Exam("c", 1990)]);

        int fired = session.Fire();

        // An Or is one path per branch: c satisfies both and so fires twice (NRules' rule model, both runtimes).
        Assert.Equal(4, fired);
        Assert.Equal(["a", "b", "c"], session.Query<Due>().Select(d => d.WorkerId).Order());
        Assert.Equal(2, log.Count(l => l.Contains("Employee { Id = c", StringComparison.Ordinal)));
    }

    [Theory, BothRuntimes]
    public void Or_FactOfAnAndBranchInserted_RemovesThatBranchsMatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(OrRule));
        session.InsertAll([new Employee("b", 30, "u"), new Exam("b", 1999)]);
        Assert.False(session.Agenda.IsEmpty);

        session.Insert(new Cutoff(2026));

        Assert.True(session.Agenda.IsEmpty);
    }

    [Theory, BothRuntimes]
    public void Do_InsertsFactsIntoWorkingMemory(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(HighPriorityRule));
        session.Insert(new Cutoff(2026));

        session.Fire();

        Assert.Equal([new Counter("high", 2026)], session.Query<Counter>());
    }

    [Theory, BothRuntimes]
    public void Yield_MatchUpdated_ReplacesLinkedFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "noise", 1)]);
        session.Fire();

        session.Update(new Employee("a", 30, "u"));
        session.Fire();

        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Yield_MatchGone_RetractsLinkedFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        var exposure = new Exposure("a", "noise", 1);
        session.InsertAll([new Employee("a", 30, "u"), exposure]);
        session.Fire();

        session.Retract(exposure);

        Assert.Empty(session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Yield_WithUpdateExpression_ComputesFromPreviousFact(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldUpdateRule));
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
