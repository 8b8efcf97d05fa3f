using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NRules;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Fact identity and the session's insert, update and retract operations, on both runtimes.</summary>
public sealed class WorkingMemoryTests
{
    [Theory, BothRuntimes]
    public void Insert_EqualFactTwice_ThrowsNamingTheBatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.Insert(new Employee("a", 30, "u"));

        var ex = Assert.Throws<ArgumentException>(() => session.Insert(new Employee("a", 30, "u")));

        // NRules' Insert is InsertAll of one fact: the parameter named is the batch's.
        Assert.Equal("facts", ex.ParamName);
    }

    [Theory, BothRuntimes]
    public void TryInsert_EqualFactTwice_ReturnsFalse(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        bool first = session.TryInsert(new Employee("a", 30, "u"));
        bool second = session.TryInsert(new Employee("a", 30, "u"));

        Assert.True(first);
        Assert.False(second);
        Assert.Single(session.Query<Employee>());
    }

    [Theory, BothRuntimes]
    public void TryInsert_FactsOfTwoTypesWithOneIdentity_AreTwoFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));

        bool first = session.TryInsert(new IdentifiedEmployee("a", 60));
        bool second = session.TryInsert(new IdentifiedContractor("a"));
        bool copy = session.TryInsert(new IdentifiedEmployee("a", 61));

        Assert.Equal((true, true, false), (first, second, copy));
        Assert.Equal(2, session.Query<object>().Count());
    }

    [Theory, BothRuntimes]
    public void InsertAll_OneAlreadyPresent_InsertsNone(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.Insert(new Employee("a", 30, "u"));

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Employee("b", 30, "u"), new Employee("a", 30, "u")]));

        Assert.Single(session.Query<Employee>());
    }

    // The batch is not all-or-nothing. NRules checks the batch only against working memory, so both copies pass; the
    // facts before the second copy are added to working memory, the second copy's add throws, and the batch is never
    // propagated: those facts are in working memory, but no rule has seen them.
    [Theory, BothRuntimes]
    public void InsertAll_SameFactTwiceInTheBatch_KeepsTheFactsBeforeTheCopyUnpropagatedAndThrows(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Employee("a", 60, "u"), new Employee("b", 60, "u"), new Employee("a", 60, "u")]));

        Assert.Equal([new Employee("a", 60, "u"), new Employee("b", 60, "u")], session.Query<Employee>());
        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
    }

    // The same with SkipFailed, whose batch the engine looks up and adds in one pass: the copy is not a fact already
    // present (to be skipped) but a second add, which throws where NRules' second pass does.
    [Theory, BothRuntimes]
    public void TryInsertAll_SkipFailed_SameFactTwiceInTheBatch_KeepsTheFactsBeforeTheCopyUnpropagatedAndThrows(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchAliasRule));
        session.Insert(new Employee("z", 60, "u"));

        var ex = Assert.Throws<ArgumentException>(() => session.TryInsertAll(
            [new Employee("z", 60, "u"), new Employee("a", 60, "u"), new Employee("b", 60, "u"), new Employee("a", 60, "u"), new Employee("c", 60, "u")],
            BatchOptions.SkipFailed));

        Assert.Null(ex.ParamName);
        Assert.Equal([new Employee("z", 60, "u"), new Employee("a", 60, "u"), new Employee("b", 60, "u")], session.Query<Employee>());
        Assert.Equal(1, session.Fire());
    }

    [Theory]
    [InlineData(Runtime.NRules, false)]
    [InlineData(Runtime.NRules, true)]
    [InlineData(Runtime.Engine, false)]
    [InlineData(Runtime.Engine, true)]
    public void InsertAll_WithOrWithoutPlacesFreedByRetraction_PropagatesEveryFactOrNone(Runtime runtime, bool retractFirst)
    {
        // After a retraction the batch's facts take freed places in the memories: both ways must propagate every fact,
        // and none of a batch that fails.
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("x", 30, "u"), new Employee("y", 30, "u"), new Exposure("z", "noise", 1)]);
        if (retractFirst)
        {
            session.Retract(new Employee("x", 30, "u"));
            session.Retract(new Employee("y", 30, "u"));
        }

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "dust", 1), new Exposure("z", "noise", 1)]));
        session.InsertAll([new Employee("a", 30, "u"), new Exposure("a", "dust", 1), new Employee("z", 30, "u")]);
        session.Fire();

        Assert.Equal([new Due("a", "dust"), new Due("z", "noise")], session.Query<Due>().OrderBy(d => d.WorkerId));
        Assert.Equal(retractFirst ? 2 : 4, session.Query<Employee>().Count());
    }

    [Theory, BothRuntimes]
    public void Update_UnknownFact_Throws(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        var ex = Assert.Throws<ArgumentException>(() => session.Update(new Employee("a", 30, "u")));

        Assert.Equal("facts", ex.ParamName);
    }

    [Theory, BothRuntimes]
    public void TryUpdate_UnknownFact_ReturnsFalse(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        Assert.False(session.TryUpdate(new Employee("a", 30, "u")));
    }

    [Theory, BothRuntimes]
    public void Retract_UnknownFact_Throws(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        var ex = Assert.Throws<ArgumentException>(() => session.Retract(new Employee("a", 30, "u")));

        Assert.Equal("facts", ex.ParamName);
    }

    [Theory, BothRuntimes]
    public void TryRetract_KnownThenUnknown_ReturnsTrueThenFalse(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.Insert(new Employee("a", 30, "u"));

        bool first = session.TryRetract(new Employee("a", 30, "u"));
        bool second = session.TryRetract(new Employee("a", 30, "u"));

        Assert.True(first);
        Assert.False(second);
        Assert.Empty(session.Query<Employee>());
    }

    [Theory, BothRuntimes]
    public void Insert_Null_ThrowsArgumentNull(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
    }

    [Theory, BothRuntimes]
    public void Update_IdentityProvider_ReplacesFactWithSameIdentity(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.Insert(new IdentifiedEmployee("a", 30));

        session.Update(new IdentifiedEmployee("a", 31));

        Assert.Equal([new IdentifiedEmployee("a", 31)], session.Query<IdentifiedEmployee>());
        Assert.False(session.TryInsert(new IdentifiedEmployee("a", 99)));
    }

    [Theory, BothRuntimes]
    public void Update_EqualCopy_ReplacesTheObjectTheRulesSee(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        var original = new Employee("a", 30, "u");
        var copy = new Employee("a", 30, "u");
        session.Insert(original);

        session.Update(copy);

        Assert.Same(copy, session.Query<Employee>().Single());
    }

    [Theory, BothRuntimes]
    public void Insert_EqualIdentitiesOfDifferentTypes_AreDifferentFacts(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));

        bool employee = session.TryInsert(new IdentifiedEmployee("a", 30));
        bool badge = session.TryInsert(new IdentifiedBadge("a"));

        Assert.True(employee);
        Assert.True(badge);
        Assert.Equal(2, session.Query<IIdentityProvider>().Count());
    }

    [Theory, BothRuntimes]
    public void Insert_ClassWithItsOwnEquality_IsIdentifiedByIt(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.Insert(new CaseInsensitiveName("Ann"));

        Assert.False(session.TryInsert(new CaseInsensitiveName("ANN")));
        Assert.True(session.TryRetract(new CaseInsensitiveName("ann")));
        Assert.Empty(session.Query<CaseInsensitiveName>());
    }

    [Theory, BothRuntimes]
    public void Query_BaseType_ReturnsDerivedFactsInInsertionOrder(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Employee("b", 30, "u"), new Contractor("a"), new Exam("a", 2020), new Employee("c", 30, "u")]);

        Person[] people = [.. session.Query<Person>()];

        Assert.Equal(["b", "a", "c"], people.Select(p => p.Id));
    }

    // NRules' working memory is a dictionary: a fact inserted after a retraction takes the retracted fact's place.
    [Theory, BothRuntimes]
    public void Query_AfterARetraction_ListsTheNextFactInTheFreedPlace(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([new Contractor("b"), new Contractor("a"), new Contractor("c")]);

        session.Retract(new Contractor("a"));
        session.Insert(new Contractor("d"));

        Assert.Equal(["b", "d", "c"], session.Query<Person>().Select(p => p.Id));
    }
}

/// <summary>
/// Working memory under any sequence of inserts, retractions and lookups, with facts whose hashes collide: both runtimes
/// must find every fact, refuse every equal copy, and list the facts in the same order.
/// </summary>
public sealed class WorkingMemoryPropertyTests
{
    private static readonly ISessionFactory NRulesFactory = Compiled.From(Runtime.NRules, typeof(JoinRule));
    private static readonly ISessionFactory EngineFactory = Compiled.From(Runtime.Engine, typeof(JoinRule));

    [Property(MaxTest = 100, Arbitrary = [typeof(MemoryOpArbitraries)])]
    public void AnySequence_AgreesWithASetOfTheSameFactsAndWithNRulesOrder(MemoryOp[] ops)
    {
        ISession nrules = NRulesFactory.CreateSession();
        ISession engine = EngineFactory.CreateSession();
        var model = new HashSet<object>();

        foreach (MemoryOp op in ops)
        {
            // Colliding facts share one hash per seven numbers.
            object fact = op.Colliding ? new Colliding(op.Number) : new Plain(op.Number);
            bool expected = op.Insert ? model.Add(fact) : model.Remove(fact);
            Assert.Equal(expected, op.Insert ? nrules.TryInsert(fact) : nrules.TryRetract(fact));
            Assert.Equal(expected, op.Insert ? engine.TryInsert(fact) : engine.TryRetract(fact));
        }

        Assert.Equal(model.OrderBy(f => f.ToString(), StringComparer.Ordinal), engine.Query<object>().AsEnumerable().OrderBy(f => f.ToString(), StringComparer.Ordinal));
        Assert.Equal(nrules.Query<object>(), engine.Query<object>());
    }

    [Theory, BothRuntimes]
    public void Insert_ThousandsOfFactsWithCollidingHashes_FindsAndRemovesEachByIdentity(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        session.InsertAll([.. Enumerable.Range(0, 2_000).Select(i => (object)new Colliding(i))]);

        Assert.False(session.TryInsert(new Colliding(21)));
        session.RetractAll([.. Enumerable.Range(0, 1_000).Select(i => (object)new Colliding(i * 2))]);

        Assert.Equal(1_000, session.Query<Colliding>().Count());
        Assert.False(session.TryRetract(new Colliding(28)));
        Assert.True(session.TryRetract(new Colliding(35)));
        Assert.True(session.TryInsert(new Colliding(28)));
    }

    /// <summary>A fact with a well-spread hash.</summary>
    public sealed record Plain(int Number);

    /// <summary>A fact whose hash repeats every seven numbers.</summary>
    public sealed record Colliding(int Number)
    {
        public override int GetHashCode() => Number % 7;
    }

    /// <summary>An insert or a retraction of a plain or colliding fact.</summary>
    public sealed record MemoryOp(bool Insert, int Number, bool Colliding);

    public static class MemoryOpArbitraries
    {
        public static Arbitrary<MemoryOp> Op() =>
            Arb.From(
                from insert in Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
                from number in Gen.Choose(0, 40)
                from colliding in Gen.Elements(true, false)
                select new MemoryOp(insert, number, colliding));
    }
}

/// <summary>A second type whose identity can equal an <see cref="IdentifiedEmployee"/>'s.</summary>
public sealed record IdentifiedBadge(string Id) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

/// <summary>A class whose equality ignores case.</summary>
public sealed class CaseInsensitiveName(string value)
{
    public string Value { get; } = value;

    public override bool Equals(object? obj) => obj is CaseInsensitiveName other && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);
}
