using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;

namespace OshRules.Engine.Rete;

/// <summary>
/// Compiled rules of OshRules.Engine as NRules' <see cref="ISessionFactory"/>: immutable after compilation and safe to
/// share across threads; each session it makes has its own memories.
/// </summary>
internal sealed class SessionFactory(Network network) : ISessionFactory
{
    private readonly EventAggregator _events = new();

    /// <inheritdoc/>
    public IEventProvider Events => _events;

    /// <inheritdoc/>
    public IDependencyResolver DependencyResolver { get; set; } = new NoDependencyResolver();

    /// <inheritdoc/>
    public IActionInterceptor? ActionInterceptor { get; set; }

    /// <inheritdoc/>
    public ISession CreateSession() => CreateSession(null);

    /// <inheritdoc/>
    public ISession CreateSession(Action<ISession>? initializationAction)
    {
        var session = new Session(network, _events, DependencyResolver, ActionInterceptor);
        initializationAction?.Invoke(session);
        session.Activate();
        return session;
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: NRules' schema types cannot be built outside NRules.</exception>
    public ReteGraph GetSchema() => throw new NotSupportedException("OshRules.Engine does not describe its network as NRules' ReteGraph (ISessionSchemaProvider.GetSchema).");
}
