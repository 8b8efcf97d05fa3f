namespace OshRules.Engine.Rete;

/// <summary>One successor's number for a partial match that went through a fan-out; the entries of one match form a list.</summary>
internal struct FanEntry(int state)
{
    public int State = state;

    public int Next;
}
