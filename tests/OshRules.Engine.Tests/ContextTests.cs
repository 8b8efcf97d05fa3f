using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Every member of NRules' <see cref="IContext"/>, called from a rule's action, on both runtimes.</summary>
public sealed class ContextTests
{
    [Theory, BothRuntimes]
    public void Action_InsertInsertAllTryInsert_AddFactsOtherRulesSeeAtOnce(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CommandRule), typeof(ItemWatcherRule));
        session.Insert(new Item(1, 0));

        session.InsertAll([new Command(1, "insert", 2), new Command(2, "insertAll", 3), new Command(3, "tryInsert", 1), new Command(4, "tryInsert", 9)]);
        session.Fire();

        Assert.Equal([1, 2, 3, 4, 9], session.Query<Item>().Select(i => i.Id).Order());
        Assert.Equal(["tryInsert 1 False", "tryInsert 9 True"], Outcomes(session));
        Assert.Equal([1, 2, 3, 4, 9], session.Query<Seen>().Select(s => s.Id).Order());
    }

    [Theory, BothRuntimes]
    public void Action_UpdateUpdateAllTryUpdate_ChangeFactsOtherRulesSee(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CommandRule), typeof(ItemWatcherRule));
        session.InsertAll([new Item(1, 0), new Item(2, 0), new Item(3, 0), new Item(4, 0)]);
        session.Fire();

        session.InsertAll([new Command(1, "update", 1), new Command(2, "updateAll", 2), new Command(3, "tryUpdate", 4), new Command(4, "tryUpdate", 9)]);
        session.Fire();

        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1)], session.Query<Item>().AsEnumerable().Select(i => (i.Id, i.Value)).Order());
        Assert.Equal(["tryUpdate 4 True", "tryUpdate 9 False"], Outcomes(session));
        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1)], session.Query<Seen>().AsEnumerable().Select(s => (s.Id, s.Value)).Order());
    }

    [Theory, BothRuntimes]
    public void Action_RetractRetractAllTryRetract_RemoveFactsAndWhatOtherRulesDrewFromThem(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CommandRule), typeof(ItemWatcherRule));
        session.InsertAll([new Item(1, 0), new Item(2, 0), new Item(3, 0), new Item(4, 0), new Item(5, 0)]);
        session.Fire();

        session.InsertAll([new Command(1, "retract", 1), new Command(2, "retractAll", 2), new Command(3, "tryRetract", 4), new Command(4, "tryRetract", 9)]);
        session.Fire();

        Assert.Equal([5], session.Query<Item>().Select(i => i.Id));
        Assert.Equal(["tryRetract 4 True", "tryRetract 9 False"], Outcomes(session));
        Assert.Equal([5], session.Query<Seen>().Select(s => s.Id));
    }

    [Theory, BothRuntimes]
    public void Action_InsertOfAFactAlreadyThere_ThrowsRhsExceptionWrappingArgumentException(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(CommandRule));
        session.InsertAll([new Item(1, 0), new Command(1, "insert", 1)]);

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Facts for insert already exist (Parameter 'facts')", Assert.IsType<ArgumentException>(ex.InnerException).Message);
    }

    [Theory, BothRuntimes]
    public void Action_LinkedFactMembers_InsertUpdateReadAndRetractLinkedFactsByKey(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LinkingRule));
        var inserted = new List<string>();
        session.Events.FactInsertedEvent += (_, e) => inserted.Add($"{e.Fact.Value} {e.Fact.Source?.SourceType}");

        session.Insert(new Linker("w", "insert"));
        session.Fire();
        List<string> afterInsert = Notes(session);
        session.Update(new Linker("w", "update"));
        session.Fire();
        List<string> afterUpdate = Notes(session);
        session.Update(new Linker("w", "report"));
        session.Fire();
        Report report = session.Query<Report>().Single();
        session.Update(new Linker("w", "retractOne"));
        session.Fire();
        List<string> afterRetractOne = Notes(session);
        session.Update(new Linker("w", "retractAll"));
        session.Fire();

        Assert.Equal(["k1=insert", "k2=insert", "k3=insert"], afterInsert);
        Assert.Equal(["Note { Key = k1, Text = insert } Linked", "Note { Key = k2, Text = insert } Linked", "Note { Key = k3, Text = insert } Linked"], inserted.Where(i => i.StartsWith("Note", StringComparison.Ordinal)));
        Assert.Equal(["k1=update", "k2=update", "k3=update"], afterUpdate);
        Assert.Equal(new Report("k1,k2,k3", "k2=update", true), report);
        Assert.Equal(["k2=update", "k3=update"], afterRetractOne);
        Assert.Empty(session.Query<Note>());
    }

    [Theory, BothRuntimes]
    public void Action_InsertLinkedUnderAKeyInUse_ThrowsNamingTheKey(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LinkingRule));
        session.Insert(new Linker("w", "insert"));
        session.Fire();

        session.Update(new Linker("w", "insert"));
        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Linked fact already exists. Key=k1", Assert.IsType<ArgumentException>(ex.InnerException).Message);
    }

    [Theory, BothRuntimes]
    public void Action_UpdateLinkedUnderAnUnknownKey_ThrowsNamingTheKey(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LinkingRule));
        session.Insert(new Linker("w", "update"));

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Linked fact does not exist. Key=k1", Assert.IsType<ArgumentException>(ex.InnerException).Message);
    }

    [Theory, BothRuntimes]
    public void Action_InsertLinkedWithNullKey_ThrowsArgumentNull(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LinkingRule));
        session.Insert(new Linker("w", "nullKey"));

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("key", Assert.IsType<ArgumentNullException>(ex.InnerException).ParamName);
    }

    [Theory, BothRuntimes]
    public void Action_MatchGoes_ItsLinkedFactsGoWithIt(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(LinkingRule));
        session.Insert(new Linker("w", "insert"));
        session.Fire();

        session.Retract(new Linker("w", ""));

        Assert.Empty(session.Query<Note>());
    }

    [Theory, BothRuntimes]
    public void Action_CancellationToken_IsTheTokenFireWasGiven(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(TokenProbeRule));
        var probe = new TokenProbe();
        factory.DependencyResolver = new ServiceResolver(probe);
        ISession session = factory.CreateSession();
        using var source = new CancellationTokenSource();

        session.Insert(new Employee("a", 30, "u"));
        session.Fire(source.Token);
        session.Update(new Employee("a", 30, "u"));
        session.Fire();

        Assert.Equal([source.Token, CancellationToken.None], probe.Tokens);
    }

    [Theory, BothRuntimes]
    public void Action_RuleAndMatch_DescribeTheFiringActivation(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(MatchProbeRule));
        var worker = new Employee("a", 30, "u");
        var exposure = new Exposure("a", "noise", 2);
        session.InsertAll([worker, exposure]);
        session.Fire();

        session.Update(worker);
        session.Fire();

        Assert.Equal(
        [
            "Match probe Created worker:Employee=a exposure:Exposure=noise",
            "Match probe Updated worker:Employee=a exposure:Exposure=noise",
        ], session.Query<Report>().Select(r => r.Keys).Order());
    }

    private static List<string> Outcomes(ISession session) => [.. session.Query<Outcome>().Select(o => $"{o.Op} {o.Id} {o.Result}").Order(StringComparer.Ordinal)];

    private static List<string> Notes(ISession session) => [.. session.Query<Note>().Select(n => $"{n.Key}={n.Text}").Order(StringComparer.Ordinal)];

    /// <summary>
    /// A context an action keeps (here, handed to a method) is its own firing's for good, while rules whose actions only
    /// call the context's members fire in between: OshRules.Engine gives those firings one context object again, which
    /// must never be one an action kept.
    /// </summary>
    [Theory, BothRuntimes]
    public void Action_ContextKeptPastItsFiring_StillShowsItsOwnMatch(Runtime runtime)
    {
        var keeper = new ContextKeeper();
        ISession session = Compiled.Session(runtime, typeof(KeepContextRule), typeof(JoinRule), typeof(MatchAliasRule));
        session.Insert(keeper);
        session.InsertAll([new Employee("a", 61, "u"), new Employee("b", 62, "u"), new Employee("c", 63, "u"), new Exposure("a", "noise", 1), new Exposure("b", "lead", 1)]);

        session.Fire();

        Assert.Equal(3, keeper.Kept.Count);
        Assert.Equal(3, keeper.Kept.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(
            ["a", "b", "c"],
            keeper.Kept.Select(c => ((Employee)c.Match.Facts.Single(f => f.Declaration.Name == "worker").Value!).Id).Order());
        Assert.All(keeper.Kept, c => Assert.Equal("Keep context", c.Rule.Name));
        Assert.Equal(5, session.Query<Due>().Count());
    }
}

/// <summary>A fact with an identity, so that updates may change its value.</summary>
public sealed record Item(int Id, int Value) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

/// <summary>What an action should do to the session, on item <see cref="Target"/>.</summary>
public sealed record Command(int Id, string Op, int Target);

/// <summary>The result of a Try operation.</summary>
public sealed record Outcome(string Op, int Id, bool Result);

/// <summary>What the watcher rule saw of an item.</summary>
public sealed record Seen(int Id, int Value);

public sealed record Linker(string Id, string Mode) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

public sealed record Note(string Key, string Text);

public sealed record Report(string Keys, string Second, bool Missing);

public sealed class TokenProbe
{
    public List<CancellationToken> Tokens { get; } = [];
}

public static class Commands
{
    public static void Apply(IContext ctx, Command command)
    {
        int t = command.Target;
        switch (command.Op)
        {
            case "insert":
                ctx.Insert(new Item(t, 0));
                break;
            case "insertAll":
                ctx.InsertAll([new Item(t, 0), new Item(t + 1, 0)]);
                break;
            case "tryInsert":
                ctx.Insert(new Outcome(command.Op, t, ctx.TryInsert(new Item(t, 0))));
                break;
            case "update":
                ctx.Update(new Item(t, 1));
                break;
            case "updateAll":
                ctx.UpdateAll([new Item(t, 1), new Item(t + 1, 1)]);
                break;
            case "tryUpdate":
                ctx.Insert(new Outcome(command.Op, t, ctx.TryUpdate(new Item(t, 1))));
                break;
            case "retract":
                ctx.Retract(new Item(t, 0));
                break;
            case "retractAll":
                ctx.RetractAll([new Item(t, 0), new Item(t + 1, 0)]);
                break;
            case "tryRetract":
                ctx.Insert(new Outcome(command.Op, t, ctx.TryRetract(new Item(t, 0))));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Op, null);
        }
    }

    public static string Describe(IContext ctx) =>
        ctx.Rule.Name + " " + ctx.Match.Trigger + " "
        + string.Join(" ", ctx.Match.Facts.Select(f => $"{f.Declaration.Name}:{f.Type.Name}={(f.Value is Employee w ? w.Id : ((Exposure)f.Value!).Hazard)}"));

    public static void Link(IContext ctx, Linker linker)
    {
        switch (linker.Mode)
        {
            case "insert":
                ctx.InsertLinked("k1", new Note("k1", "insert"));
                ctx.InsertAllLinked([new("k2", new Note("k2", "insert")), new("k3", new Note("k3", "insert"))]);
                break;
            case "update":
                ctx.UpdateLinked("k1", new Note("k1", "update"));
                ctx.UpdateAllLinked([new("k2", new Note("k2", "update")), new("k3", new Note("k3", "update"))]);
                break;
            case "report":
                var second = (Note)ctx.GetLinked("k2")!;
                ctx.Insert(new Report(string.Join(",", ctx.GetLinkedKeys().Cast<string>().Order(StringComparer.Ordinal)), $"{second.Key}={second.Text}", ctx.GetLinked("none") is null));
                break;
            case "retractOne":
                ctx.RetractLinked("k1", ctx.GetLinked("k1")!);
                break;
            case "retractAll":
                ctx.RetractAllLinked([.. ctx.GetLinkedKeys().Select(k => new KeyValuePair<object, object>(k, ctx.GetLinked(k)!))]);
                break;
            case "nullKey":
                ctx.InsertLinked(null!, new Note("none", "none"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(linker), linker.Mode, null);
        }
    }
}

public sealed class CommandRule : Rule
{
    public override void Define()
    {
        Command command = default!;
        When().Match(() => command);
        Then().Do(ctx => Commands.Apply(ctx, command));
    }
}

public sealed class ItemWatcherRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Yield(ctx => new Seen(item.Id, item.Value));
    }
}

public sealed class LinkingRule : Rule
{
    public override void Define()
    {
        Linker linker = default!;
        When().Match(() => linker);
        Then().Do(ctx => Commands.Link(ctx, linker));
    }
}

public sealed class TokenProbeRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        TokenProbe probe = default!;
        Dependency().Resolve(() => probe);
        When().Match(() => worker);
        Then().Do(ctx => probe.Tokens.Add(ctx.CancellationToken));
    }
}

[Name("Match probe")]
public sealed class MatchProbeRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id);
        Then().Do(ctx => ctx.Insert(new Report(Commands.Describe(ctx), string.Empty, false)));
    }
}

/// <summary>Keeps the contexts of the actions that hand it theirs.</summary>
public sealed class ContextKeeper
{
    public List<IContext> Kept { get; } = [];

    public void Keep(IContext context) => Kept.Add(context);
}

[Name("Keep context")]
public sealed class KeepContextRule : Rule
{
    public override void Define()
    {
        ContextKeeper keeper = default!;
        Employee worker = default!;
        When().Match(() => keeper).Match(() => worker);
        Then().Do(ctx => keeper.Keep(ctx));
    }
}
