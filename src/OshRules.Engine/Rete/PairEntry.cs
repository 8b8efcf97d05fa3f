namespace OshRules.Engine.Rete;

/// <summary>
/// A (left token, right fact) pair that satisfied a beta node's conditions: for a join it carries the partial match it
/// passes on, for an aggregate the element it contributes, for Exists and Not nothing (they only ask whether a token has
/// pairs). Kept as a struct in the session's store (<see cref="SlotStore{T}"/>) and sitting in two lists at once, its
/// left token's and its right entry's, both linked by number.
/// </summary>
internal struct PairEntry(int left, int right, object? value)
{
    /// <summary>The number of the left token's <see cref="LeftEntry"/>.</summary>
    public int Left = left;

    /// <summary>What the pair means downstream: a join's partial match (a <see cref="Token"/>), or an aggregate's element.</summary>
    public object? Value = value;

    /// <summary>The number of the right fact's <see cref="RightEntry"/>.</summary>
    public int Right = right;

    /// <summary>For a join, the next node's number for the partial match in <see cref="Value"/>.</summary>
    public int State;

    public int PrevInLeft;

    public int NextInLeft;

    public int PrevInRight;

    public int NextInRight;
}
