using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A compiled rule: its chain of nodes, its slots and its actions. Immutable, shared by all sessions.</summary>
internal sealed class RuleNetwork(RuleDefinition definition, int index)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>The rule's position in the factory, used for stable ordering.</summary>
    public int Index { get; } = index;

    public Declaration[] Declarations { get; set; } = [];

    public int Width => Declarations.Length;

    /// <summary>The slots holding working-memory facts: together they identify a match.</summary>
    public int[] PatternSlots { get; set; } = [];

    public Node First { get; set; } = null!;

    /// <summary>The rule's nodes in order, from its first pattern to its terminal; leading ones may be shared with other rules.</summary>
    public Node[] Path { get; set; } = [];

    public CompiledAction[] Actions { get; set; } = [];

    public int YieldCount { get; set; }

    public bool Repeatable => Definition.Repeatability == RuleRepeatability.Repeatable;
}

/// <summary>A compiled action: a <c>Do</c> or a <c>Yield</c> (with its optional update form).</summary>
internal sealed record CompiledAction(
    Action<IContext, object?[]>? Do,
    Func<IContext, object?[], object?>? Yield,
    Func<IContext, object?[], object?, object?>? YieldUpdate,
    int YieldIndex,
    string Text);
