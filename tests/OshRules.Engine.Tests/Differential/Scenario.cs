using FsCheck;
using FsCheck.Fluent;

namespace OshRules.Engine.Tests.Differential;

/// <summary>What a step of a scenario does to the session.</summary>
public enum OpKind
{
    Insert,
    TryInsert,
    InsertAll,
    Update,
    TryUpdate,
    Retract,
    TryRetract,
    Fire,
    FireSome,
}

/// <summary>One step: an operation on an Alpha or a Beta with small numbers, so that facts collide and rules overlap.</summary>
public sealed record Op(OpKind Kind, bool Alpha, int Id, int Key, int Value)
{
    public object Fact() => Alpha ? new Alpha(Id, Key, Value) : new Beta(Id, Key, Value);

    /// <summary>A second fact for batches: its number repeats the first's now and then.</summary>
    public object Other() => Alpha ? new Beta(Key, Value % 4, Id) : new Alpha(Key, Id % 4, Value);

    public override string ToString() => Kind is OpKind.Fire ? "Fire" : Kind is OpKind.FireSome ? $"Fire({Value % 3 + 1})" : $"{Kind} {Fact()}";
}

/// <summary>
/// A generated rule set and a sequence of operations on one session; with <see cref="Bulk"/>, the session starts with
/// enough facts that its memories keep hash indexes (see <c>AlphaMemory.IndexFrom</c>), so the indexed paths are compared.
/// </summary>
public sealed record Scenario(RuleSpec[] Rules, Op[] Ops, bool HandleErrors, bool Bulk = false)
{
    /// <summary>The facts a bulk scenario starts with: numbers 10 and up, keys and values spread like the generated ones.</summary>
    public IEnumerable<object> BulkFacts() =>
        Bulk ? Enumerable.Range(10, 24).SelectMany(i => new object[] { new Alpha(i, i % 4, i * 7 % 10), new Beta(i, i * 3 % 4, i * 5 % 10) }) : [];

    public override string ToString() =>
        $"rules: {string.Join(", ", Rules.Select(r => r.ToString()))}{(HandleErrors ? " (errors handled)" : string.Empty)}{(Bulk ? " (bulk)" : string.Empty)}\nops: {string.Join("; ", Ops.Select(o => o.ToString()))}";
}

/// <summary>Generators of scenarios for FsCheck.</summary>
public static class ScenarioArbitraries
{
    public static Gen<RuleSpec> Rule(int index) =>
        from shape in Gen.Elements(Enum.GetValues<Shape>())
        from priority in Gen.Elements(0, 0, 0, 1, 2)
        from k in Gen.Choose(0, 9)
        from repeatable in Gen.Elements(true, true, false)
        select new RuleSpec(shape, priority, k, repeatable, index);

    public static Gen<Op> Op() =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(OpKind.Insert)),
            (2, Gen.Constant(OpKind.TryInsert)),
            (2, Gen.Constant(OpKind.InsertAll)),
            (3, Gen.Constant(OpKind.Update)),
            (1, Gen.Constant(OpKind.TryUpdate)),
            (2, Gen.Constant(OpKind.Retract)),
            (1, Gen.Constant(OpKind.TryRetract)),
            (3, Gen.Constant(OpKind.Fire)),
            (1, Gen.Constant(OpKind.FireSome)))
        from alpha in Gen.Elements(true, false)
        from id in Gen.Choose(0, 4)
        from key in Gen.Choose(0, 3)
        from value in Gen.Choose(0, 9)
        select new Op(kind, alpha, id, key, value);

    public static Gen<Scenario> Scenarios() =>
        from ruleCount in Gen.Choose(1, 5)
        from rules in Gen.CollectToArray(Enumerable.Range(0, ruleCount).Select(Rule))
        from opCount in Gen.Choose(1, 30)
        from ops in Gen.ArrayOf(Op(), opCount)
        from handle in Gen.Elements(false, false, true)
        from bulk in Gen.Elements(false, true)
        select new Scenario([.. rules], ops, handle, bulk);

    public static Arbitrary<Scenario> Scenario() => Arb.From(Scenarios());
}
