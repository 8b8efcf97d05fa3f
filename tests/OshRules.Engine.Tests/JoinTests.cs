using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// Joins: OshRules.Engine looks pairs up by hash where <see cref="JoinKey"/> allows it; what a caller sees must still be
/// what NRules' nested loops give — the same pairs, in the same order, with the same failures.
/// </summary>
public sealed class JoinTests
{
    [Theory, BothRuntimes]
    public void Fire_KeyedJoin_ActivatesInNRulesOrderWhicheverSideArrivesFirst(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(JoinRule));
        var order = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => order.Add(string.Join("+", e.Facts.Select(f => f.Value switch
        {
            Employee w => w.Id,
            Exposure x => x.Hazard,
            _ => "?",
        })));

        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u"), new Employee("c", 30, "u")]);
        session.InsertAll([new Exposure("c", "c1", 1), new Exposure("a", "a1", 1), new Exposure("b", "b1", 1), new Exposure("a", "a2", 1)]);
        session.InsertAll([new Exposure("d", "d1", 1), new Exposure("e", "e1", 1), new Exposure("d", "d2", 1)]);
        session.InsertAll([new Employee("e", 30, "u"), new Employee("d", 30, "u")]);

        // Left tuples in memory order, each with its facts in batch (or memory) order.
        Assert.Equal(["a+a1", "a+a2", "b+b1", "c+c1", "e+e1", "d+d1", "d+d2"], order);
    }

    [Theory, BothRuntimes]
    public void Fire_JoinOnDoublesWithNaN_NeverPairsNaN(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ReadingJoinRule));
        session.InsertAll([new Reading("a", double.NaN), new Reading("b", 1.5), new Limit("x", double.NaN), new Limit("y", 1.5)]);

        session.Fire();

        // NaN == NaN is false (though NaN.Equals(NaN) is true): no key may pair them.
        Assert.Equal([new Due("b", "y")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Fire_JoinOnAClassWithItsOwnEqualityOperator_PairsByTheOperator(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CodeJoinRule));
        session.InsertAll([new Coded("a", new Internals.JoinKeyTests.Code("AB")), new Labelled("x", new Internals.JoinKeyTests.Code("ab"))]);

        session.Fire();

        Assert.Equal([new Due("a", "x")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Fire_KeysWithCollidingHashes_PairOnlyEqualKeys(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(BadgeAccessRule));
        int[] badges = [5, 5 + 1024, 5 + 2048, 7, -1019];
        session.InsertAll([.. badges.Select(b => (object)new Badge(new BadgeNumber(b), "w" + b)), .. badges.Select(b => (object)new DoorEvent(new BadgeNumber(b), "door" + b))]);

        session.Fire();

        Assert.Equal(badges.Select(b => $"w{b}@door{b}").Order(), session.Query<Due>().Select(d => d.Reason).Order());
    }

    // A key that cannot be read makes the engine evaluate the condition pair by pair, so the failures are reported for
    // the same pairs, in the same order, as NRules' nested loops report them.
    [Theory, BothRuntimes]
    public void Insert_KeyThatThrowsForSomeFacts_ReportsFailuresForTheSamePairsAsNRules(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(UpperCaseJoinRule));
        var failures = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(string.Join("+", e.Arguments.Select(a => a switch { Employee w => w.Id, Exposure x => x.Hazard, _ => "?" })));
            e.IsHandled = true;
        };

        session.Insert(new Employee("A", 30, "u"));
        session.InsertAll([new Exposure(null!, "x1", 1), new Exposure("a", "x2", 1)]);
        session.Insert(new Employee("B", 30, "u"));
        session.Insert(new Exposure("b", "x3", 1));
        session.Fire();

        Assert.Equal(["x1+A", "x1+B"], failures);
        Assert.Equal(["A:x2", "B:x3"], session.Query<Due>().Select(d => $"{d.WorkerId}:{d.Reason}").Order());
    }

    [Theory, BothRuntimes]
    public void Update_FactChangesItsKey_MovesItsPairs(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(IdentifiedJoinRule));
        session.InsertAll([new IdentifiedEmployee("a", 30), new IdentifiedEmployee("b", 30), new Assignment(1, "a")]);
        session.Fire();

        session.Update(new Assignment(1, "b"));
        session.Fire();

        Assert.Equal([new Due("b", "1")], session.Query<Due>());
    }

    // An update replaces the fact's object before it is propagated; if a condition throws half-way, some memories never
    // see the update, but NRules' later joins read the new object. So must the engine's keyed lookups.
    [Theory, BothRuntimes]
    public void Insert_AfterAnUpdateStoppedByAThrowingCondition_JoinsWithTheFactsNewValue(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(FragileItemRule), typeof(ItemWithoutTagRule));
        session.Insert(new Item(1, 2));
        session.Fire();

        Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Update(new Item(1, 0)));
        session.Insert(new Tag(0));

        Assert.Empty(session.Query<Seen>());
    }

    // NRules leaves the objects of an all-or-nothing update that failed replaced, though nothing was propagated.
    [Theory, BothRuntimes]
    public void Insert_AfterAFailedAllOrNothingUpdate_JoinsWithTheReplacedObject(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ItemWithoutTagRule));
        session.Insert(new Item(1, 2));
        session.Fire();

        IFactResult result = session.TryUpdateAll([new Item(1, 5), new Item(9, 9)], BatchOptions.AllOrNothing);
        session.Insert(new Tag(5));

        Assert.Equal(1, result.FailedCount);
        Assert.Empty(session.Query<Seen>());
    }

    [Theory, BothRuntimes]
    public void Update_FactEntersASecondPatternOfItsType_PairsAndOrdersAsNRules(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(SameKeyItemsRule));
        var log = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created " + string.Join("+", e.Facts.Select(f => ((Item)f.Value!).Id)));
        session.Events.ActivationUpdatedEvent += (_, e) => log.Add("updated " + string.Join("+", e.Facts.Select(f => ((Item)f.Value!).Id)));
        session.InsertAll([new Item(1, 0), new Item(2, 7)]);
        log.Clear();

        session.Update(new Item(1, 7));

        // The item enters the second pattern's memory first (a selection's memory is reached before its type's), pairing
        // with every first item by the condition on its new value; then the first pattern's update pairs it again.
        Assert.Equal(["created 1+1", "created 2+1", "created 1+2", "updated 1+1"], log);
    }

    // A linked fact's update replaces its object at once and propagates after the firing: a fact the action inserts in
    // between joins with the new object, inside the firing.
    [Theory, BothRuntimes]
    public void Action_InsertAfterUpdatingALinkedFact_JoinsWithItsNewValueInsideTheFiring(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(RelinkingRule), typeof(TagForNoteRule));
        session.Insert(new Linker("w", "first"));
        session.Fire();
        var log = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => log.Add("firing " + e.Rule.Name);
        session.Events.RuleFiredEvent += (_, e) => log.Add("fired " + e.Rule.Name);
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created " + e.Rule.Name);
        session.Events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Type.Name);
        session.Events.FactUpdatedEvent += (_, e) => log.Add("updated " + e.Fact.Type.Name);

        session.Update(new Linker("w", "second"));
        session.Fire();

        // The insert propagates the queued update of the note when it is done, but the join has paired them already.
        Assert.Equal(
        [
            "updated Linker", "firing Relinking", "created Tag for note", "inserted Labelled", "updated Note", "fired Relinking",
            "firing Tag for note", "inserted Counter", "fired Tag for note",
        ], log);
    }

    [Theory, BothRuntimes]
    public void Insert_WhileALinkedUpdateWaitsForPropagation_JoinsWithItsNewValueBeforeItPropagates(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(YieldUpdateRule), typeof(CounterTagRule));
        session.AutoPropagateLinkedFacts = false;
        session.Insert(new IdentifiedEmployee("a", 30));
        session.Fire();
        session.PropagateLinked();
        session.Update(new IdentifiedEmployee("a", 31));
        session.Fire();
        var log = new List<string>();
        session.Events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Type.Name);
        session.Events.FactUpdatedEvent += (_, e) => log.Add("updated " + e.Fact.Type.Name);
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created " + e.Rule.Name);

        session.Insert(new Tag(2));

        Assert.Equal(["created Counter tag", "inserted Tag", "updated Counter"], log);
    }

    [Fact]
    public void Insert_ManyWorkersAndExposures_EngineEvaluatesTheJoinOnlyForEqualKeys()
    {
        (int nrules, int engine) = Evaluations(typeof(ProbedJoinRule));

        // NRules joins by nested loops: every worker with every exposure. The engine evaluates the condition once per
        // pair with equal keys, and reads each worker's key once (when the worker is filed, or when the index is made).
        Assert.Equal(Count * Count, nrules);
        Assert.InRange(engine, Count, 2 * Count);
    }

    [Fact]
    public void Insert_EqualityAsALaterCondition_EngineEvaluatesEveryPairAsNRulesDoes()
    {
        (int nrules, int engine) = Evaluations(typeof(LaterEqualityRule));

        // Only a join's first condition may key it: a later one is evaluated only where the earlier ones held.
        Assert.Equal(Count * Count, nrules);
        Assert.Equal(Count * Count, engine);
    }

    private const int Count = 300;

    private static (int NRules, int Engine) Evaluations(Type rule)
    {
        int On(Runtime runtime)
        {
            ISession session = Compiled.Session(runtime, rule);
            session.InsertAll([.. Enumerable.Range(0, Count).Select(i => (object)new Employee("w" + i, 1, "u"))]);
            Probe.Calls = 0;
            session.InsertAll([.. Enumerable.Range(0, Count).Select(i => (object)new Exposure("w" + i, "noise", 1))]);
            Assert.Equal(Count, session.Fire());
            return Probe.Calls;
        }

        return (On(Runtime.NRules), On(Runtime.Engine));
    }
}

public sealed record Tag(int Value);

/// <summary>Throws for an item of value 0 (a selection node the item passes before the other rule's memory).</summary>
public sealed class FragileItemRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item, i => 10 / i.Value > 0);
        Then().Do(_ => GC.KeepAlive(item));
    }
}

public sealed class ItemWithoutTagRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When()
            .Match(() => item)
            .Not<Tag>(t => t.Value == item.Value);
        Then().Yield(_ => new Seen(item.Id, item.Value));
    }
}

/// <summary>Pairs items of equal value, the second of value above 5.</summary>
public sealed class SameKeyItemsRule : Rule
{
    public override void Define()
    {
        Item first = default!;
        Item second = default!;
        When()
            .Match(() => first)
            .Match(() => second, s => s.Value > 5, s => s.Value == first.Value);
        Then().Do(_ => GC.KeepAlive(second));
    }
}

/// <summary>Yields a note under one key, and on re-firing updates it and then inserts a tag matching the new note.</summary>
[Name("Relinking")]
public sealed class RelinkingRule : Rule
{
    public override void Define()
    {
        Linker linker = default!;
        When().Match(() => linker);
        Then().Do(ctx => Relink(ctx, linker));
    }

    private static void Relink(IContext ctx, Linker linker)
    {
        if (ctx.GetLinked("note") is null)
        {
            ctx.InsertLinked("note", new Note("note", linker.Mode));
            return;
        }

        ctx.UpdateLinked("note", new Note("note", linker.Mode));
        ctx.Insert(new Labelled(linker.Mode, new Internals.JoinKeyTests.Code(linker.Mode)));
    }
}

[Name("Tag for note")]
public sealed class TagForNoteRule : Rule
{
    public override void Define()
    {
        Labelled label = default!;
        Note note = default!;
        When()
            .Match(() => label)
            .Match(() => note, n => n.Text == label.Label);
        Then().Do(ctx => ctx.TryInsert(new Counter(note.Text, 1)));
    }
}

[Name("Counter tag")]
public sealed class CounterTagRule : Rule
{
    public override void Define()
    {
        Tag tag = default!;
        Counter counter = default!;
        When()
            .Match(() => tag)
            .Match(() => counter, c => c.Value == tag.Value);
        Then().Do(_ => GC.KeepAlive(counter));
    }
}

/// <summary>Counts the evaluations of a join's condition (one test thread at a time reads it).</summary>
public static class Probe
{
    [ThreadStatic]
    private static int _calls;

    public static int Calls
    {
        get => _calls;
        set => _calls = value;
    }

    public static string Id(Employee worker)
    {
        _calls++;
        return worker.Id;
    }

    public static int Age(Employee worker)
    {
        _calls++;
        return worker.Age;
    }
}

public sealed record Reading(string WorkerId, double Value);

public sealed record Limit(string Name, double Value);

public sealed record Coded(string Id, Internals.JoinKeyTests.Code Code);

public sealed record Labelled(string Label, Internals.JoinKeyTests.Code Code);

/// <summary>A key whose hash collides for every value.</summary>
public sealed record BadgeNumber(int Number)
{
    public override int GetHashCode() => 1;
}

public sealed record Badge(BadgeNumber Number, string Holder);

public sealed record DoorEvent(BadgeNumber Badge, string Door);

public sealed record Assignment(int Id, string WorkerId) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

public sealed class ReadingJoinRule : Rule
{
    public override void Define()
    {
        Reading reading = default!;
        Limit limit = default!;
        When()
            .Match(() => reading)
            .Match(() => limit, l => l.Value == reading.Value);
        Then().Yield(_ => new Due(reading.WorkerId, limit.Name));
    }
}

public sealed class CodeJoinRule : Rule
{
    public override void Define()
    {
        Coded coded = default!;
        Labelled labelled = default!;
        When()
            .Match(() => coded)
            .Match(() => labelled, l => l.Code == coded.Code);
        Then().Yield(_ => new Due(coded.Id, labelled.Label));
    }
}

public sealed class BadgeAccessRule : Rule
{
    public override void Define()
    {
        Badge badge = default!;
        DoorEvent door = default!;
        When()
            .Match(() => badge)
            .Match(() => door, d => d.Badge == badge.Number);
        Then().Yield(_ => new Due(badge.Holder, badge.Holder + "@" + door.Door));
    }
}

public sealed class UpperCaseJoinRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId.ToUpperInvariant() == worker.Id);
        Then().Yield(_ => new Due(worker.Id, exposure.Hazard));
    }
}

public sealed class IdentifiedJoinRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        Assignment assignment = default!;
        When()
            .Match(() => worker)
            .Match(() => assignment, a => a.WorkerId == worker.Id);
        Then().Yield(_ => new Due(worker.Id, assignment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

public sealed class ProbedJoinRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == Probe.Id(worker));
        Then().Do(_ => GC.KeepAlive(exposure));
    }
}

public sealed class LaterEqualityRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.Level >= Probe.Age(worker), e => e.WorkerId == worker.Id);
        Then().Do(_ => GC.KeepAlive(exposure));
    }
}
