using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A fact as the network holds it: an object the caller inserted, a synthetic one (a linked fact, an aggregate's
/// result), a binding's value, or (as <see cref="WrapperFact"/>) a partial match of a sub-network. Its type is fixed when
/// it is made; an update replaces the object in place, so every node that holds the fact sees the new value. Facts are
/// compared by reference, hashed by the runtime's identity hash: only the maps of large memories hash them, so a field
/// for a cheaper hash would cost every fact eight bytes for a few lookups. For the same reason a fact the caller inserted
/// reads its type off its object (an update brings an object of the same type: working memory finds the fact by an
/// identity that differs across types); facts whose object may change type keep theirs (<see cref="TypedFact"/>).
/// </summary>
internal class Fact : IFact
{
    /// <summary>Creates the fact of an object (not null, unless the type is kept apart: <see cref="TypedFact"/>).</summary>
    public Fact(object? value)
    {
        RawObject = value;
    }

    /// <summary>Creates a fact whose object is itself (an aggregate's collection carries itself down the network).</summary>
    protected Fact()
    {
        RawObject = this;
    }

    /// <summary>Gets the type the network routes the fact by.</summary>
    public virtual Type FactType => RawObject!.GetType();

    /// <summary>Gets or sets the object itself.</summary>
    public object? RawObject { get; set; }

    /// <summary>Gets the object conditions see.</summary>
    public virtual object? Object => RawObject;

    /// <summary>Gets or sets where a synthetic fact came from (a rule's activation, an aggregate); null for inserted facts.</summary>
    public virtual IFactSource? Source { get; set; }

    /// <summary>Gets a value indicating whether the fact wraps a partial match of a sub-network.</summary>
    public virtual bool IsWrapper => false;

    Type IFact.Type => FactType;

    object? IFact.Value => Object;

    IFactSource? IFact.Source => Source;
}

/// <summary>
/// A fact whose type is fixed when it is made, whatever object it holds later: a binding's value (null included) and a
/// linked fact (an update may link an object of another type; the fact keeps the type it was made with, as in NRules).
/// </summary>
internal sealed class TypedFact(object? value, Type type) : Fact(value)
{
    /// <summary>Creates the fact of a linked object, typed by it.</summary>
    public TypedFact(object value)
        : this(value, value.GetType())
    {
    }

    public override Type FactType { get; } = type;
}

/// <summary>A partial match of a sub-network seen as a fact by the node that consumes the sub-network.</summary>
internal sealed class WrapperFact(Tuple tuple) : Fact(tuple)
{
    public override Type FactType => WrappedTuple.RightFact?.FactType ?? typeof(void);

    public override object? Object => WrappedTuple.RightFact?.Object;

    public Tuple WrappedTuple => (Tuple)RawObject!;

    public override bool IsWrapper => true;

    public override IFactSource? Source
    {
        get => WrappedTuple.RightFact?.Source;
        set => throw new InvalidOperationException("A wrapper fact takes its source from the fact it wraps.");
    }
}
