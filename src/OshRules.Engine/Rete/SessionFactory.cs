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

    // How many facts the last session had after firing: new sessions size their working memory for as many.
    private readonly SessionSizeHint _sizeHint = new();

    // The emptied memories of disposed sessions, for the next ones.
    private readonly SessionMemoryPool _memories = new(network.MemoryCount);

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
        var session = new Session(network, _events, DependencyResolver, ActionInterceptor, _sizeHint, _memories);
        initializationAction?.Invoke(session);
        session.Activate();
        return session;
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: NRules' schema types cannot be built outside NRules.</exception>
    public ReteGraph GetSchema() => throw new NotSupportedException("OshRules.Engine does not describe its network as NRules' ReteGraph (ISessionSchemaProvider.GetSchema).");
}

/// <summary>The size of a factory's last fired session, for the next one to start at (capped, so one huge session does not bloat the rest).</summary>
internal sealed class SessionSizeHint
{
    /// <summary>The most facts a session's working-memory table is sized for, or kept at when a session is reused.</summary>
    public const int Cap = 4096;

    private int _facts;

    public int Facts => Volatile.Read(ref _facts);

    public void Report(int facts) => Volatile.Write(ref _facts, Math.Min(facts, Cap));
}
