using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>A rule as the network runs it: its definition, its actions, and where each declaration sits in its tuples.</summary>
internal sealed class CompiledRule
{
    private readonly Declaration[] _declarations;
    private readonly int[] _hops;

    public CompiledRule(IRuleDefinition definition, Declaration[] declarations, int[] hops, RuleAction[] actions)
    {
        Definition = definition;
        _declarations = declarations;
        _hops = hops;
        Actions = actions;
        KeepsContext = true;
        foreach (RuleAction action in actions)
        {
            ActionTriggers |= action.Trigger;
            KeepsContext &= action.KeepsContext;
        }
    }

    public IRuleDefinition Definition { get; }

    public int Priority => Definition.Priority;

    public RuleRepeatability Repeatability => Definition.Repeatability;

    public RuleAction[] Actions { get; }

    public ActionTrigger ActionTriggers { get; }

    /// <summary>
    /// Gets a value indicating whether every action keeps its context to itself, so that a firing's context can serve the
    /// session's next firing (<see cref="ContextConfinement"/>).
    /// </summary>
    public bool KeepsContext { get; }

    /// <summary>The rule's declarations with the facts a tuple binds them to (none where a branch leaves one unbound).</summary>
    public IEnumerable<IFactMatch> MatchedFacts(Tuple tuple)
    {
        var matches = new IFactMatch[_declarations.Length];
        for (int i = 0; i < _declarations.Length; i++)
        {
            Fact? fact = null;
            if (_hops[i] >= 0)
            {
                Tuple t = tuple;
                for (int h = 0; h < _hops[i]; h++)
                {
                    t = t.LeftTuple!;
                }

                fact = t.RightFact;
            }

            matches[i] = new FactMatch(_declarations[i], fact);
        }

        return matches;
    }
}
