using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match: a chain of facts, one level per beta node passed (a level of a Not or Exists node holds no fact).
/// Tuples are made by beta memories and are compared by reference. The tuples of a memory whose one rule ends there are
/// that rule's activations (<see cref="Activation"/> derives from this class), so such a match is one object.
/// </summary>
internal class Tuple : ITuple
{
    /// <summary>Creates the root tuple of a session.</summary>
    public Tuple()
    {
    }

    /// <summary>Creates the tuple that extends <paramref name="left"/> by one level.</summary>
    public Tuple(Tuple left, Fact? right)
    {
        LeftTuple = left;
        RightFact = right;
        Level = left.Level + 1;
    }

    // What the memory's stateful sinks keep: the first sink's state itself while no other sink has set one (most
    // memories have one stateful sink), else an object?[] of every sink's. No sink keeps an object?[] as its state.
    private object? _state;

    public Fact? RightFact { get; }

    /// <summary>Gets or sets the tuple's slot in its beta memory (a tuple lives in exactly one).</summary>
    public int Slot { get; set; } = -1;

    public Tuple? LeftTuple { get; }

    /// <summary>Gets the number of facts in the chain.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (Tuple? t = this; t is not null; t = t.LeftTuple)
            {
                count += t.RightFact is null ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>Gets the number of levels (beta nodes) of the chain.</summary>
    public int Level { get; }

    /// <summary>Gets the facts from the last to the first.</summary>
    public IEnumerable<IFact> Facts
    {
        get
        {
            for (Tuple? t = this; t is not null; t = t.LeftTuple)
            {
                if (t.RightFact is { } fact)
                {
                    yield return fact;
                }
            }
        }
    }

    /// <summary>Gets what one of the memory's sinks keeps about this tuple (its activation, quantifier, aggregate, …).</summary>
    public object? GetState(int slot)
    {
        object? state = _state;
        if (state?.GetType() == typeof(object[]))
        {
            object?[] all = System.Runtime.CompilerServices.Unsafe.As<object?[]>(state);
            return slot < all.Length ? all[slot] : null;
        }

        return slot == 0 ? state : null;
    }

    /// <summary>Sets what one of the memory's sinks keeps about this tuple.</summary>
    public void SetState(int slot, object? value)
    {
        object? state = _state;
        if (state?.GetType() == typeof(object[]))
        {
            object?[] all = System.Runtime.CompilerServices.Unsafe.As<object?[]>(state);
            if (slot >= all.Length)
            {
                Array.Resize(ref all, slot + 1);
                _state = all;
            }

            all[slot] = value;
        }
        else if (slot == 0)
        {
            _state = value;
        }
        else
        {
            var all = new object?[Math.Max(slot + 1, 2)];
            all[0] = state;
            all[slot] = value;
            _state = all;
        }
    }

    // Identity is the reference, and the hash the runtime's identity hash: only sub-network groups and the maps of large
    // memories hash tuples, so a field for a cheaper hash would cost every tuple eight bytes for a few lookups.

    /// <summary>Gets the tuple of the chain that has <paramref name="level"/> levels (this one or an ancestor), or null.</summary>
    public Tuple? GetAncestor(int level)
    {
        Tuple? t = this;
        while (t is not null && t.Level > level)
        {
            t = t.LeftTuple;
        }

        return t?.Level == level ? t : null;
    }

    /// <summary>
    /// Gets the parent of the ancestor at <paramref name="level"/> + 1: the group a sub-network's match at that level
    /// belongs to (null: none).
    /// </summary>
    public Tuple? GetGroup(int level)
    {
        Tuple? t = this;
        while (t is not null && level != t.Level - 1)
        {
            t = t.LeftTuple;
        }

        return t?.LeftTuple;
    }
}
