using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A fact in working memory: its current value, its insertion number and the alpha memories holding it.</summary>
internal sealed class FactHandle(object value, long id) : IFact
{
    public object Value { get; set; } = value;

    object? IFact.Value => Value;

    public Type Type => Value.GetType();

    public long Id { get; } = id;

    /// <summary>
    /// The first place the fact sits in the network (each entry links to the next), so a retraction never re-evaluates
    /// a condition.
    /// </summary>
    public FactLink FirstEntry { get; set; }

    /// <summary>The activation that yielded this fact, if it is a linked fact.</summary>
    public Activation? LinkedOwner { get; set; }

    public int LinkedSlot { get; set; }

    /// <summary>This handle's number in working memory (1-based; 0 when it is not there).</summary>
    public int Slot { get; set; }
}
