using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using OshRules.Engine.Rete;
using Tuple = OshRules.Engine.Rete.Tuple;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="JoinKey.Find"/> turns a join into a hash lookup only where the lookup finds exactly the pairs the
/// condition accepts, and skips no evaluation NRules' nested loops would make: a leading equality between an expression
/// of the new fact alone and one of the earlier facts alone, on a type whose <c>==</c> is its Equals.
/// </summary>
public sealed class JoinKeyTests
{
    private static readonly Declaration Left = Element.Declaration(typeof(Side), "a");
    private static readonly Declaration Right = Element.Declaration(typeof(Side), "b");
    private static readonly TupleShape Shape = new([Left]);

    public static TheoryData<string> AgreeingTypes => ["int", "string", "enum", "DateOnly", "record", "decimal", "int?", "long via int"];

    public static TheoryData<string> DisagreeingTypes => ["double", "float", "double?", "class with its own ==", "class without ==", "struct with its own =="];

    [Theory, MemberData(nameof(AgreeingTypes))]
    public void Find_LeadingEqualityOnATypeWhoseEqualityIsEquals_GivesKeysThatPairEqualValues(string type)
    {
        JoinKey? key = JoinKey.Find(Condition(Equality(type)), Shape, Right);

        Assert.NotNull(key);
        var left = new Side(Key: 1, Name: "n", Kind: Kind.On, Day: new DateOnly(2026, 1, 2), Point: new Point(1, 2), Money: 1.5m, Maybe: 1);
        Assert.Equal(key.TupleKey(TupleOf(left)), key.FactKey(new Fact(left with { Long = 1 })));
        Assert.NotEqual(key.TupleKey(TupleOf(left)), key.FactKey(new Fact(new Side(Key: 2, Name: "m", Kind: Kind.Off, Day: new DateOnly(2026, 1, 3), Point: new Point(1, 3), Money: 2m, Maybe: null, Long: 2))));
    }

    [Theory, MemberData(nameof(DisagreeingTypes))]
    public void Find_EqualityOnATypeWhoseEqualityIsNotEquals_GivesNoKey(string type)
    {
        Assert.Null(JoinKey.Find(Condition(Equality(type)), Shape, Right));
    }

    [Fact]
    public void Find_TupleSideOnTheLeft_GivesTheSameKey()
    {
        JoinKey? key = JoinKey.Find(Condition((Side a, Side b) => a.Key == b.Key), Shape, Right);

        Assert.NotNull(key);
        Assert.Equal(3, key.FactKey(new Fact(new Side(Key: 3))));
        Assert.Equal(4, key.TupleKey(TupleOf(new Side(Key: 4))));
    }

    [Fact]
    public void Find_EqualityLeadingAConjunction_KeysOnIt()
    {
        JoinKey? key = JoinKey.Find(Condition((Side a, Side b) => b.Key == a.Key && b.Name != a.Name), Shape, Right);

        Assert.NotNull(key);
        Assert.Equal(5, key.FactKey(new Fact(new Side(Key: 5))));
    }

    [Fact]
    public void Find_EqualityAsALaterConjunct_GivesNoKey()
    {
        Assert.Null(JoinKey.Find(Condition((Side a, Side b) => b.Name != a.Name && b.Key == a.Key), Shape, Right));
    }

    [Fact]
    public void Find_SidesThatDoNotSeparateTheFactFromTheTuple_GiveNoKey()
    {
        Assert.Null(JoinKey.Find(Condition((Side a, Side b) => b.Key == b.Long), Shape, Right));
        Assert.Null(JoinKey.Find(Condition((Side a, Side b) => b.Key + a.Key == a.Key), Shape, Right));
        Assert.Null(JoinKey.Find(Condition((Side a, Side b) => b.Key == 3 || a.Key == b.Key), Shape, Right));
        Assert.Null(JoinKey.Find(null, Shape, Right));
    }

    [Fact]
    public void Find_ConditionOnTheFactAlone_GivesNoKey()
    {
        Assert.Null(JoinKey.Find(Element.Condition((Expression<Func<Side, bool>>)(b => b.Key == 3)), Shape, Right));
    }

    [Fact]
    public void Register_EqualKeysOfTwoJoins_ShareOneIndexOfTheMemory()
    {
        JoinKey first = JoinKey.Find(Condition((Side a, Side b) => b.Key == a.Key), Shape, Right)!;
        JoinKey second = JoinKey.Find(Condition((Side a, Side b) => a.Key == b.Key && b.Name != a.Name), Shape, Right)!;
        var factKeys = new List<IndexDefinition<Fact>>();
        var tupleKeys = new List<IndexDefinition<Tuple>>();

        Assert.Equal(0, IndexDefinition<Fact>.Register(factKeys, first.FactIndex));
        Assert.Equal(0, IndexDefinition<Fact>.Register(factKeys, second.FactIndex));
        Assert.Equal(0, IndexDefinition<Tuple>.Register(tupleKeys, first.TupleIndex));
        Assert.Equal(0, IndexDefinition<Tuple>.Register(tupleKeys, second.TupleIndex));
        Assert.Single(factKeys);
        Assert.Single(tupleKeys);
    }

    [Fact]
    public void Register_KeysOfOtherMembersOrCapturedValues_GetIndexesOfTheirOwn()
    {
        JoinKey byKey = JoinKey.Find(Condition((Side a, Side b) => b.Key == a.Key), Shape, Right)!;
        JoinKey byName = JoinKey.Find(Condition((Side a, Side b) => b.Name == a.Name), Shape, Right)!;
        JoinKey plusOne = JoinKey.Find(Condition(KeyPlus(1)), Shape, Right)!;
        JoinKey plusTwo = JoinKey.Find(Condition(KeyPlus(2)), Shape, Right)!;
        var tupleKeys = new List<IndexDefinition<Tuple>>();

        int[] numbers = [.. new[] { byKey, byName, plusOne, plusTwo }.Select(k => IndexDefinition<Tuple>.Register(tupleKeys, k.TupleIndex))];

        Assert.Equal([0, 1, 2, 3], numbers);
        Assert.Equal(4, tupleKeys.Count);
    }

    private static ExpressionElement Condition(Expression<Func<Side, Side, bool>> lambda) => Element.Condition(lambda);

    // Each call captures its own offset, as two rules built by one method with different values would.
    private static Expression<Func<Side, Side, bool>> KeyPlus(int offset) => (a, b) => b.Key == a.Key + offset;

    private static Tuple TupleOf(Side left) => new(new Tuple(), new Fact(left));

    private static Expression<Func<Side, Side, bool>> Equality(string type) => type switch
    {
        "int" => (a, b) => b.Key == a.Key,
        "string" => (a, b) => b.Name == a.Name,
        "enum" => (a, b) => b.Kind == a.Kind,
        "DateOnly" => (a, b) => b.Day == a.Day,
        "record" => (a, b) => b.Point == a.Point,
        "decimal" => (a, b) => b.Money == a.Money,
        "int?" => (a, b) => b.Maybe == a.Maybe,
        "long via int" => (a, b) => b.Long == a.Key,
        "double" => (a, b) => b.Real == a.Real,
        "float" => (a, b) => b.Single == a.Single,
        "double?" => (a, b) => b.MaybeReal == a.MaybeReal,
        "class with its own ==" => (a, b) => b.Code == a.Code,
        "class without ==" => (a, b) => b.Box == a.Box,
        "struct with its own ==" => (a, b) => b.Rounded == a.Rounded,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public enum Kind
    {
        Off,
        On,
    }

    public sealed record Point(int X, int Y);

    /// <summary>A fact with a member of each kind of type a join may compare.</summary>
    public sealed record Side(
        int Key = 0, string Name = "", Kind Kind = Kind.Off, DateOnly Day = default, Point? Point = null, decimal Money = 0, int? Maybe = null,
        long Long = 0, double Real = 0, float Single = 0, double? MaybeReal = null, Code? Code = null, Box? Box = null, Rounded Rounded = default);

    /// <summary>A class whose <c>==</c> ignores case while its Equals is reference equality.</summary>
#pragma warning disable CS0660, CS0661 // Equals and GetHashCode are deliberately the inherited ones.
    public sealed class Code(string value)
#pragma warning restore CS0660, CS0661
    {
        public string Value { get; } = value;

        public static bool operator ==(Code? x, Code? y) => string.Equals(x?.Value, y?.Value, StringComparison.OrdinalIgnoreCase);

        public static bool operator !=(Code? x, Code? y) => !(x == y);
    }

    /// <summary>A class compared by reference by <c>==</c>, by value by Equals.</summary>
    public sealed class Box(int value)
    {
        public int Value { get; } = value;

        public override bool Equals(object? obj) => obj is Box other && other.Value == Value;

        public override int GetHashCode() => Value;
    }

    /// <summary>A struct whose <c>==</c> rounds while its Equals compares exactly.</summary>
    public readonly struct Rounded(double value) : IEquatable<Rounded>
    {
        public double Value { get; } = value;

        public static bool operator ==(Rounded x, Rounded y) => Math.Round(x.Value) == Math.Round(y.Value);

        public static bool operator !=(Rounded x, Rounded y) => !(x == y);

        public bool Equals(Rounded other) => Value.Equals(other.Value);

        public override bool Equals(object? obj) => obj is Rounded other && Equals(other);

        public override int GetHashCode() => Value.GetHashCode();
    }
}
