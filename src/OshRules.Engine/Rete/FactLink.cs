namespace OshRules.Engine.Rete;

/// <summary>
/// Where a fact sits in the network: its <see cref="RightEntry"/> in a beta node, or the <see cref="RootEntry"/> of the
/// partial match a root node made of it; each entry holds the fact's next link, so a retraction finds every place the fact
/// is in without evaluating a condition. The default value links nowhere.
/// </summary>
/// <param name="Node">The node's <see cref="Node.Id"/>.</param>
/// <param name="Number">The entry's number in the session's store (<see cref="SlotStore{T}"/>); 0 for none.</param>
internal readonly record struct FactLink(int Node, int Number)
{
    public bool IsNone => Number == 0;
}
