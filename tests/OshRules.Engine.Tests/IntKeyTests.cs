using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Joins on an <see cref="int"/> key reuse boxed keys through a small cache; results must not depend on it.</summary>
public sealed class IntKeyTests
{
    [Fact]
    public void Compile_EqualityOnInts_CompilesTheUnboxedKeys()
    {
        var factory = (SessionFactory)Compiled.From(typeof(BadgeAccessRule));

        var join = (BetaNode)factory.Rules[0].Path[1];

        Assert.NotNull(join.Index?.IntFactKey);
        Assert.NotNull(join.Index?.IntTupleKey);
    }

    [Fact]
    public void Session_KeysThatShareACacheSlot_StillJoinOnlyTheirOwnFacts()
    {
        ISession session = Compiled.Session(typeof(BadgeAccessRule));
        int[] badges = [5, 5 + 1024, 5 + 2048, 7, -1019];
        session.InsertAll([.. badges.Select(b => (object)new Badge(b, "w" + b)), .. badges.Select(b => (object)new DoorEvent(b, "door" + b))]);

        session.Fire();

        Assert.Equal(badges.Select(b => $"w{b}@door{b}").Order(), session.Query<Due>().Select(d => d.Reason).Order());
    }

    [Fact]
    public void BoxKey_SameKeyTwice_ReturnsTheSameBoxUntilAnotherKeyTakesTheSlot()
    {
        var session = (Session)Compiled.Session(typeof(BadgeAccessRule));

        object first = session.BoxKey(42);

        Assert.Same(first, session.BoxKey(42));
        Assert.Equal(42 + 1024, session.BoxKey(42 + 1024));
        Assert.NotSame(first, session.BoxKey(42));
        Assert.Equal(42, session.BoxKey(42));
    }
}

public sealed record Badge(int Number, string Holder);

public sealed record DoorEvent(int Badge, string Door);

public sealed class BadgeAccessRule : Rule
{
    public override void Define()
    {
        Badge badge = default!;
        DoorEvent door = default!;
        When()
            .Match(() => badge)
            .Match(() => door, d => d.Badge == badge.Number);
        Then()
            .Yield(_ => new Due(badge.Holder, badge.Holder + "@" + door.Door));
    }
}
