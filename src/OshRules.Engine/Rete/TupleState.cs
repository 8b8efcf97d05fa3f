namespace OshRules.Engine.Rete;

/// <summary>
/// What a node keeps about each tuple of its left memory, kept on the tuple itself in the slot the node was given when
/// the network was built (one slot per stateful sink of a memory), so a session needs no table per node.
/// </summary>
/// <typeparam name="T">The kind of state.</typeparam>
internal readonly struct TupleState<T>(int slot)
    where T : class
{
    public T? Get(Tuple tuple) => (T?)tuple.GetState(slot);

    public bool TryGet(Tuple tuple, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = (T?)tuple.GetState(slot);
        return value is not null;
    }

    public void Set(Tuple tuple, T value) => tuple.SetState(slot, value);

    public bool Remove(Tuple tuple, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = (T?)tuple.GetState(slot);
        tuple.SetState(slot, null);
        return value is not null;
    }
}
