using NRules;
using NRules.Extensibility;
using NRules.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Rule dependencies (NRules' <c>Dependency()</c>) and <see cref="NRules.RuleModel.IContext.Resolve"/>, on both runtimes.</summary>
public sealed class DependencyTests
{
    [Theory, BothRuntimes]
    public void Fire_DependencyResolvedByTheFactorysResolver_IsTheServiceTheActionUses(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(NotifyingRule));
        var notifier = new Notifier();
        var resolver = new ServiceResolver(notifier);
        factory.DependencyResolver = resolver;
        ISession session = factory.CreateSession();
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u")]);

        session.Fire();

        Assert.Equal(["a", "b"], notifier.Sent);
        Assert.Same(resolver, session.DependencyResolver);
        Assert.All(resolver.Contexts, c => Assert.Same(session, c.Session));
        Assert.All(resolver.Contexts, c => Assert.Equal("Notifying", c.Rule.Name));
    }

    [Theory, BothRuntimes]
    public void Fire_SessionsOwnResolver_ReplacesTheFactorys(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(NotifyingRule));
        factory.DependencyResolver = new ServiceResolver(new Notifier());
        ISession session = factory.CreateSession();
        var own = new Notifier();
        session.DependencyResolver = new ServiceResolver(own);
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal(["a"], own.Sent);
    }

    // NRules resolves an action's dependencies once, before the action runs, however often (or whether) it uses them.
    [Theory, BothRuntimes]
    public void Fire_ActionUsingADependencyTwice_ResolvesItOncePerFiring(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotifyingTwiceRule));
        var resolver = new ServiceResolver(new Notifier());
        session.DependencyResolver = resolver;
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 30, "u")]);

        session.Fire();

        Assert.Equal(2, resolver.Contexts.Count);
        Assert.Equal(["a", "a", "b", "b"], ((Notifier)resolver.Service).Sent);
    }

    [Theory, BothRuntimes]
    public void Fire_ActionUsingADependencyOnlyInABranchNotTaken_StillResolvesIt(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotifyingSeniorsRule));
        var resolver = new ServiceResolver(new Notifier());
        session.DependencyResolver = resolver;
        session.InsertAll([new Employee("a", 30, "u"), new Employee("b", 70, "u")]);

        session.Fire();

        Assert.Equal(2, resolver.Contexts.Count);
        Assert.Equal(["b"], ((Notifier)resolver.Service).Sent);
    }

    [Theory, BothRuntimes]
    public void Fire_ActionUsingTwoDependencies_ResolvesThemInTheOrderTheRuleDeclaresThem(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(TwoDependenciesRule));
        var notifier = new Notifier();
        var resolved = new List<string>();
        session.DependencyResolver = new TypeResolver(resolved, notifier, new Ledger());
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal([nameof(Notifier), nameof(Ledger)], resolved);
        Assert.Equal(["a in ledger 1"], notifier.Sent);
    }

    [Theory, BothRuntimes]
    public void Fire_NoResolverSet_ThrowsRhsExceptionExplainingIt(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(NotifyingRule));
        session.Insert(new Employee("a", 30, "u"));

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Notifying", ex.RuleName);
        Assert.Equal(
            "Dependency resolver not provided. To use rule dependencies set a dependency resolver on the rules session.",
            Assert.IsType<InvalidOperationException>(ex.InnerException).Message);
    }

    [Theory, BothRuntimes]
    public void Resolve_FromTheContext_GoesThroughTheSessionsResolver(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ResolvingRule));
        var notifier = new Notifier();
        var resolver = new ServiceResolver(notifier);
        session.DependencyResolver = resolver;
        session.Insert(new Employee("a", 30, "u"));

        session.Fire();

        Assert.Equal(["a by type", "a by generic"], notifier.Sent);
        Assert.Equal(2, resolver.Contexts.Count);
        Assert.All(resolver.Contexts, c => Assert.Same(session, c.Session));
    }
}

/// <summary>A service a rule depends on.</summary>
public sealed class Notifier
{
    public List<string> Sent { get; } = [];

    public static void Ignore(bool result) => GC.KeepAlive(result);

    public void Send(string message) => Sent.Add(message);

    public bool TrySend(string message)
    {
        Send(message);
        return true;
    }
}

/// <summary>A second service.</summary>
public sealed class Ledger
{
    public int Entries { get; private set; }

    public int Add() => ++Entries;
}

/// <summary>Resolves each service by its type and writes down the types asked for, in order.</summary>
public sealed class TypeResolver(List<string> resolved, params object[] services) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType)
    {
        resolved.Add(serviceType.Name);
        return services.Single(serviceType.IsInstanceOfType);
    }
}

[Name("Notifying")]
public sealed class NotifyingRule : Rule
{
    public override void Define()
    {
        Notifier notifier = default!;
        Employee worker = default!;
        Dependency().Resolve(() => notifier);
        When().Match(() => worker);
        Then().Do(ctx => notifier.Send(worker.Id));
    }
}

public sealed class NotifyingTwiceRule : Rule
{
    public override void Define()
    {
        Notifier notifier = default!;
        Employee worker = default!;
        Dependency().Resolve(() => notifier);
        When().Match(() => worker);
        Then().Do(ctx => Twice(notifier, notifier, worker.Id));
    }

    private static void Twice(Notifier first, Notifier second, string id)
    {
        first.Send(id);
        second.Send(id);
    }
}

public sealed class NotifyingSeniorsRule : Rule
{
    public override void Define()
    {
        Notifier notifier = default!;
        Employee worker = default!;
        Dependency().Resolve(() => notifier);
        When().Match(() => worker);
        Then().Do(ctx => Notifier.Ignore(worker.Age > 60 && notifier.TrySend(worker.Id)));
    }
}

public sealed class TwoDependenciesRule : Rule
{
    public override void Define()
    {
        Notifier notifier = default!;
        Ledger ledger = default!;
        Employee worker = default!;
        Dependency()
            .Resolve(() => notifier)
            .Resolve(() => ledger);
        When().Match(() => worker);
        Then().Do(ctx => Record(ledger, notifier, worker.Id));
    }

    private static void Record(Ledger ledger, Notifier notifier, string id) => notifier.Send($"{id} in ledger {ledger.Add()}");
}

public sealed class ResolvingRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then()
            .Do(ctx => ((Notifier)ctx.Resolve(typeof(Notifier))).Send(worker.Id + " by type"))
            .Do(ctx => ctx.Resolve<Notifier>().Send(worker.Id + " by generic"));
    }
}
