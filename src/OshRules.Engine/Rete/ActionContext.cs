using NRules.Extensibility;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// What a rule's action sees of the session (<see cref="IContext"/>): every member, as in NRules' runtime. One per firing,
/// as in NRules, except that the session gives the next firing the same object again (<see cref="Reset"/>) when the
/// rule's actions cannot have kept it (<see cref="CompiledRule.KeepsContext"/>): then no one can tell the difference.
/// </summary>
internal sealed class ActionContext(Session session, Activation activation, CancellationToken cancellationToken) : IContext
{
    public Activation Activation { get; private set; } = activation;

    public IRuleDefinition Rule => Activation.Rule;

    public IMatch Match => Activation;

    public CancellationToken CancellationToken { get; private set; } = cancellationToken;

    public bool IsHalted { get; private set; }

    /// <summary>Makes this the context of another firing of the same session.</summary>
    public ActionContext Reset(Activation activation, CancellationToken cancellationToken)
    {
        Activation = activation;
        CancellationToken = cancellationToken;
        IsHalted = false;
        return this;
    }

    public void Halt() => IsHalted = true;

    public void Insert(object fact) => session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public void UpdateAll(IEnumerable<object> facts) => session.UpdateAll(facts);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public void RetractAll(IEnumerable<object> facts) => session.RetractAll(facts);

    public bool TryRetract(object fact) => session.TryRetract(fact);

    public IReadOnlyCollection<object> GetLinkedKeys() => Rete.WorkingMemory.GetLinkedKeys(Activation);

    public object? GetLinked(object key) => Rete.WorkingMemory.GetLinkedFact(Activation, key)?.Object;

    public void InsertLinked(object key, object fact) => session.QueueInsertLinked(Activation, Pair(key, fact));

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueInsertLinked(Activation, keyedFacts);

    public void UpdateLinked(object key, object fact) => session.QueueUpdateLinked(Activation, Pair(key, fact));

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueUpdateLinked(Activation, keyedFacts);

    public void RetractLinked(object key, object fact) => RetractAllLinked([Pair(key, fact)]);

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueRetractLinked(Activation, keyedFacts);

    public object Resolve(Type serviceType) => session.DependencyResolver.Resolve(new ResolutionContext(session, Rule), serviceType);

    private static KeyValuePair<object, object> Pair(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        return new KeyValuePair<object, object>(key, fact);
    }
}

/// <summary>The session and rule a dependency is resolved for.</summary>
internal sealed class ResolutionContext(NRules.ISession session, IRuleDefinition rule) : IResolutionContext
{
    public NRules.ISession Session { get; } = session;

    public IRuleDefinition Rule { get; } = rule;
}

/// <summary>The resolver a factory starts with: rules with dependencies need one set by the caller.</summary>
internal sealed class NoDependencyResolver : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) =>
        throw new InvalidOperationException("Dependency resolver not provided. To use rule dependencies set a dependency resolver on the rules session.");
}
