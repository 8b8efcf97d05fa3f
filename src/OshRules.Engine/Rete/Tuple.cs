using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A partial match: a chain of facts, one level per beta node passed (a level of a Not or Exists node holds no fact).
/// Tuples are made by beta memories and are compared by reference.
/// </summary>
internal sealed class Tuple : ITuple
{
    private const long NoGroup = 0;

    /// <summary>Creates the root tuple of a session.</summary>
    public Tuple(long id)
    {
        Id = id;
    }

    /// <summary>Creates the tuple that extends <paramref name="left"/> by one level.</summary>
    public Tuple(long id, Tuple left, Fact? right)
    {
        Id = id;
        LeftTuple = left;
        RightFact = right;
        Count = right is null ? left.Count : left.Count + 1;
        Level = left.Level + 1;
        GroupId = left.Id;
    }

    public Fact? RightFact { get; }

    public Tuple? LeftTuple { get; }

    /// <summary>Gets the number of facts in the chain.</summary>
    public int Count { get; }

    /// <summary>Gets the session-unique number of the tuple.</summary>
    public long Id { get; }

    /// <summary>Gets the number of levels (beta nodes) of the chain.</summary>
    public int Level { get; }

    /// <summary>Gets the id of the tuple this one extends (the group a sub-network's match belongs to).</summary>
    public long GroupId { get; }

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

    /// <summary>Gets the id of the ancestor at <paramref name="level"/> + 1's parent, the group at that level.</summary>
    public long GetGroupId(int level)
    {
        Tuple? t = this;
        while (t is not null && level != t.Level - 1)
        {
            t = t.LeftTuple;
        }

        return t?.GroupId ?? NoGroup;
    }
}
