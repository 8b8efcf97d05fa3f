namespace OshRules.Engine.Rete;

/// <summary>The end of a rule's chain: each complete match becomes (or revives) an activation on the agenda.</summary>
internal sealed class TerminalNode(RuleNetwork rule, int id) : Node(rule, id)
{
    /// <summary>A new match for this rule is made as an activation straight away (see <see cref="Activation"/>).</summary>
    public override bool TakesActivations => true;

    public override int LeftAdd(Session session, Token left)
    {
        Activation activation = session.Activate(Rule, left);

        // The usual case, the token is the activation: nothing to keep. Otherwise the activation is kept by number.
        return ReferenceEquals(activation, left) ? 0 : session.Outputs.Add(new OutputEntry(activation, 0));
    }

    public override void LeftRemove(Session session, Token left, int state)
    {
        Activation activation;
        if (state == 0)
        {
            activation = (Activation)left;
        }
        else
        {
            activation = (Activation)session.Outputs[state].Output;
            session.Outputs.Remove(state);
        }

        session.Deactivate(activation, left);
    }
}
