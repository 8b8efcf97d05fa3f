namespace OshRules.Engine.Rete;

/// <summary>What a factory remembers of the size of its last fired session, to presize the next (<see cref="SessionFactory.Hint"/>).</summary>
internal enum SizeHint
{
    Facts,
    Fired,
    Rights,
    Roots,
    Pairs,
    Lefts,
    Outputs,
    Fans,
}
