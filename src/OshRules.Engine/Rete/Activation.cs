using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A rule's match on the agenda (规则匹配): the rule, its facts (the activation is itself a tuple of them), and where it
/// stands (created, updated, removed; queued; fired). The state changes follow NRules' runtime, so both fire the same
/// activations in the same order. Where the rule is the only one to end at its memory, the memory makes its tuples as
/// activations (<see cref="BetaMemoryNode.NewTuple"/>); otherwise each rule's node makes a twin of the memory's tuple
/// (<see cref="For"/>): the same parent and fact, so the same facts.
/// </summary>
internal sealed class Activation : Tuple, IMatch, NRules.ILinkedFactSource
{
    /// <summary>Creates the activation that is a terminal memory's tuple extending <paramref name="parent"/> by <paramref name="fact"/>.</summary>
    public Activation(CompiledRule rule, Tuple parent, Fact? fact)
        : base(parent, fact)
    {
        CompiledRule = rule;
    }

    // The activation of a rule with no conditions: a twin of a session's root tuple.
    private Activation(CompiledRule rule)
    {
        CompiledRule = rule;
    }

    public CompiledRule CompiledRule { get; }

    public IRuleDefinition Rule => CompiledRule.Definition;

    /// <summary>Gets the rule's declarations with the facts this match binds them to.</summary>
    public new IEnumerable<IFactMatch> Facts => CompiledRule.MatchedFacts(this);

    public MatchTrigger Trigger { get; private set; }

#pragma warning disable SA1401, CA1051 // A mutable struct: a field, so the map is changed in place.
    /// <summary>The facts this activation's actions linked.</summary>
    public LinkedFactMap Links;
#pragma warning restore SA1401, CA1051

    /// <summary>Gets the source its linked facts name: the activation itself (a linked fact's source lists its facts).</summary>
    public NRules.ILinkedFactSource LinkSource => this;

    FactSourceType IFactSource.SourceType => FactSourceType.Linked;

    IEnumerable<IFact> IFactSource.Facts => Facts;

    public bool IsEnqueued { get; set; }

    public bool HasFired { get; private set; }

    public void OnInsert() => Trigger = MatchTrigger.Created;

    public void OnUpdate() => Trigger = HasFired ? MatchTrigger.Updated : MatchTrigger.Created;

    public void OnRemove() => Trigger = HasFired ? MatchTrigger.Removed : MatchTrigger.None;

    public void OnSelect() => HasFired = Trigger != MatchTrigger.Removed;

    public void Clear()
    {
        HasFired = false;
        Trigger = MatchTrigger.None;
    }

    /// <summary>Makes the activation of a tuple another node keeps: a twin with its parent and fact.</summary>
    public static Activation For(CompiledRule rule, Tuple tuple) =>
        tuple.LeftTuple is { } parent ? new Activation(rule, parent, tuple.RightFact) : new Activation(rule);

    /// <summary>Whether the match's current trigger is one the rule's actions run on.</summary>
    public bool IsActionable => (((int)CompiledRule.ActionTriggers) & (int)Trigger) != 0;
}

/// <summary>One fact of a match, as <see cref="IMatch.Facts"/> lists it.</summary>
internal sealed class FactMatch(Declaration declaration, Fact? fact) : IFactMatch
{
    public Declaration Declaration { get; } = declaration;

    public Type Type { get; } = fact?.FactType ?? declaration.Type;

    public object? Value { get; } = fact?.Object;

    public IFactSource? Source { get; } = fact?.Source;
}
