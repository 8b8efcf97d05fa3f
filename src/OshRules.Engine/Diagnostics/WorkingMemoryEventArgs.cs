using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Diagnostics;

/// <summary>Arguments of a working-memory event: the fact inserted, updated or retracted.</summary>
public sealed class WorkingMemoryEventArgs : EventArgs
{
    internal WorkingMemoryEventArgs(IFact fact) => Fact = fact;

    /// <summary>Gets the fact.</summary>
    public IFact Fact { get; }
}
