namespace OshRules.Engine.Rete;

/// <summary>
/// What a node without memory passed on for one partial match, with the next node's number for it: a filter's or a
/// binding's output token, or a terminal's activation (when it is not the token itself).
/// </summary>
internal readonly struct OutputEntry(object output, int state)
{
    public object Output { get; } = output;

    public int State { get; } = state;
}
