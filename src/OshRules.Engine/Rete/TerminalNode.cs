namespace OshRules.Engine.Rete;

/// <summary>The end of a rule's chain: each complete match becomes (or revives) an activation on the agenda.</summary>
internal sealed class TerminalNode(RuleNetwork rule, int id) : Node(rule, id)
{
    /// <summary>A new match for this rule is made as an activation straight away (see <see cref="Activation"/>).</summary>
    public override Token NewInput(object?[] items) => new Activation(Rule, items);

    public override void LeftAdd(Session session, Token left) => session.Activate(Rule, left);

    public override void LeftRemove(Session session, Token left) => session.Deactivate(Rule, left);
}
