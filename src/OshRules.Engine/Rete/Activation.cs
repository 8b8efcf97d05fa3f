using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// A rule's match on the agenda (规则匹配): the rule, the tuple, and where it stands (created, updated, removed; queued;
/// fired). The state changes follow NRules' runtime, so both fire the same activations in the same order.
/// </summary>
internal sealed class Activation(CompiledRule rule, Tuple tuple) : IMatch
{
    public CompiledRule CompiledRule { get; } = rule;

    public Tuple Tuple { get; } = tuple;

    public IRuleDefinition Rule => CompiledRule.Definition;

    public IEnumerable<IFactMatch> Facts => CompiledRule.MatchedFacts(Tuple);

    public MatchTrigger Trigger { get; private set; }

    /// <summary>Gets or sets the facts this activation's actions linked (null until the first).</summary>
    public LinkedFactMap? Links { get; set; }

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

    public override int GetHashCode() => Tuple.GetHashCode();

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

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
