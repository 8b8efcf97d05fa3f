using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class WorkingMemoryTests
{
    private static readonly ISessionFactory Factory = Compiled.From(typeof(JoinRule));

    [Fact]
    public void Insert_EqualFactTwice_Throws()
    {
        ISession session = Factory.CreateSession();
        session.Insert(new Employee("a", 30, "u"));

        var ex = Assert.Throws<ArgumentException>(() => session.Insert(new Employee("a", 30, "u")));

        Assert.Equal("fact", ex.ParamName);
    }

    [Fact]
    public void TryInsert_EqualFactTwice_ReturnsFalse()
    {
        ISession session = Factory.CreateSession();

        bool first = session.TryInsert(new Employee("a", 30, "u"));
        bool second = session.TryInsert(new Employee("a", 30, "u"));

        Assert.True(first);
        Assert.False(second);
        Assert.Single(session.Query<Employee>());
    }

    [Fact]
    public void InsertAll_OneDuplicate_InsertsNone()
    {
        ISession session = Factory.CreateSession();
        session.Insert(new Employee("a", 30, "u"));

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Employee("b", 30, "u"), new Employee("a", 30, "u")]));

        Assert.Single(session.Query<Employee>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void InsertAll_WithOrWithoutNumbersFreedByRetraction_PropagatesEveryFactOrNone(bool retractFirst)
    {
        // After a retraction the batch's handles reuse freed numbers, so the session lists them instead of reading them
        // back by number: both ways must propagate every fact, and undo every fact of a batch that fails.
        ISession session = Factory.CreateSession();
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

    [Fact]
    public void Update_UnknownFact_Throws()
    {
        ISession session = Factory.CreateSession();

        Assert.Throws<ArgumentException>(() => session.Update(new Employee("a", 30, "u")));
    }

    [Fact]
    public void TryUpdate_UnknownFact_ReturnsFalse()
    {
        ISession session = Factory.CreateSession();

        Assert.False(session.TryUpdate(new Employee("a", 30, "u")));
    }

    [Fact]
    public void Retract_UnknownFact_Throws()
    {
        ISession session = Factory.CreateSession();

        Assert.Throws<ArgumentException>(() => session.Retract(new Employee("a", 30, "u")));
    }

    [Fact]
    public void TryRetract_KnownThenUnknown_ReturnsTrueThenFalse()
    {
        ISession session = Factory.CreateSession();
        session.Insert(new Employee("a", 30, "u"));

        bool first = session.TryRetract(new Employee("a", 30, "u"));
        bool second = session.TryRetract(new Employee("a", 30, "u"));

        Assert.True(first);
        Assert.False(second);
        Assert.Empty(session.Query<Employee>());
    }

    [Fact]
    public void Insert_Null_ThrowsArgumentNull()
    {
        ISession session = Factory.CreateSession();

        Assert.Throws<ArgumentNullException>(() => session.Insert(null!));
    }

    [Fact]
    public void Update_IdentityProvider_ReplacesFactWithSameIdentity()
    {
        ISession session = Factory.CreateSession();
        session.Insert(new IdentifiedEmployee("a", 30));

        session.Update(new IdentifiedEmployee("a", 31));

        Assert.Equal([new IdentifiedEmployee("a", 31)], session.Query<IdentifiedEmployee>());
    }

    [Fact]
    public void Query_BaseType_ReturnsDerivedFactsInInsertionOrder()
    {
        ISession session = Factory.CreateSession();
        session.InsertAll([new Employee("b", 30, "u"), new Contractor("a"), new Exam("a", 2020), new Employee("c", 30, "u")]);

        Person[] people = [.. session.Query<Person>()];

        Assert.Equal(["b", "a", "c"], people.Select(p => p.Id));
    }
}
