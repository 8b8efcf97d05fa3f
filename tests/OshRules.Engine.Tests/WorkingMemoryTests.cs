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
