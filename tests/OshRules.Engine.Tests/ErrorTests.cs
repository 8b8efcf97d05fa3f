using NRules;
using NRules.Diagnostics;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>Failing conditions, bindings and actions, and rules that cannot be loaded, on both runtimes.</summary>
public sealed class ErrorTests
{
    // NRules' LHS exception carries the expression, not the rule (a condition may serve several rules); the failure
    // event names the rules.
    [Theory, BothRuntimes]
    public void Insert_ConditionThrows_ThrowsLhsExceptionWithExpressionAndInner(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingConditionRule));
        var rules = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) => rules.AddRange(e.Rules.Select(r => r.Name));

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 13, "u")));

        // NRules' DSL names a pattern's parameter after its alias.
        Assert.Equal("worker => ((100 / (worker.Age - 13)) > 0)", ex.Expression);
        Assert.StartsWith("Failed to evaluate condition", ex.Message, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
        Assert.Equal(["Throwing condition"], rules);
    }

    [Theory, BothRuntimes]
    public void Insert_AfterConditionThrew_SessionStaysUsable(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingConditionRule));
        Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 13, "u")));

        session.Insert(new Employee("b", 30, "u"));
        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("b", "cond")], session.Query<Due>());
        Assert.Contains(new Employee("a", 13, "u"), session.Query<Employee>());
    }

    [Theory, BothRuntimes]
    public void Insert_ConditionThrowsAndHandlerHandles_CountsAsFalse(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingConditionRule));
        LhsExpressionErrorEventArgs? seen = null;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            seen = e;
            e.IsHandled = true;
        };

        session.Insert(new Employee("a", 13, "u"));

        Assert.NotNull(seen);
        Assert.IsType<DivideByZeroException>(seen.Exception);
        Assert.Equal([new Employee("a", 13, "u")], seen.Arguments);
        Assert.Equal([new Employee("a", 13, "u")], seen.Facts.Select(f => f.Value));
        Assert.Equal(0, session.Fire());
    }

    [Theory, BothRuntimes]
    public void Insert_JoinConditionThrows_ThrowsLhsExceptionWithTheJoinsArguments(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingJoinRule));
        session.Insert(new Employee("a", 0, "u"));
        IReadOnlyCollection<object?>? arguments = null;
        session.Events.LhsExpressionFailedEvent += (_, e) => arguments = e.Arguments;

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Exposure("a", "noise", 5)));

        Assert.StartsWith("Failed to evaluate condition", ex.Message, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
        // The arguments come in the order of the condition's parameters: the pattern's own fact first.
        Assert.Equal([new Exposure("a", "noise", 5), new Employee("a", 0, "u")], arguments);
    }

    [Theory, BothRuntimes]
    public void Insert_BindingThrows_ThrowsLhsExceptionNamingTheBinding(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingBindingRule));

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Employee("a", 0, "u")));

        Assert.StartsWith("Failed to evaluate binding expression", ex.Message, StringComparison.Ordinal);
        Assert.Contains("100 / worker.Age", ex.Expression, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Theory, BothRuntimes]
    public void Insert_BindingThrowsAndHandlerHandles_SkipsTheMatch(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingBindingRule));
        session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;

        session.InsertAll([new Employee("a", 0, "u"), new Employee("b", 50, "u")]);
        session.Fire();

        Assert.Equal([new Due("b", "ratio 2")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Insert_ConditionOfACollectedPatternThrows_ThrowsLhsException(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingCollectRule));

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Exam("a", 0)));

        Assert.StartsWith("Failed to evaluate condition", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(2026 / ", ex.Expression, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Theory, BothRuntimes]
    public void Insert_ConditionOnTheCollectionThrowsAndHandlerHandles_SkipsTheMatchUntilItHolds(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingCollectRule));
        var failures = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e.Exception!.GetType().Name);
            e.IsHandled = true;
        };

        session.Insert(new Employee("a", 30, "u"));
        int firedWithNoExam = session.Fire();
        session.Insert(new Exam("a", 2020));
        int firedWithOne = session.Fire();

        Assert.Equal([nameof(DivideByZeroException)], failures);
        Assert.Equal(0, firedWithNoExam);
        Assert.Equal(1, firedWithOne);
    }

    [Theory, BothRuntimes]
    public void Fire_ActionThrows_ThrowsRhsExceptionNamingRuleWithInner(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingActionRule));
        session.Insert(new Employee("a", 13, "u"));

        var ex = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.Equal("Throwing action", ex.RuleName);
        Assert.StartsWith("Failed to evaluate rule action", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Fail(worker.Age)", ex.Expression, StringComparison.Ordinal);
        Assert.EndsWith("Throwing action", ex.Message, StringComparison.Ordinal);
        Assert.Equal("unlucky", Assert.IsType<InvalidOperationException>(ex.InnerException).Message);
    }

    [Theory, BothRuntimes]
    public void Fire_AfterActionThrew_SessionStaysUsableAndTheFailedActivationCountsAsFired(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingActionRule), typeof(JoinRule));
        session.Insert(new Employee("a", 13, "u"));
        Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        session.Insert(new Exposure("a", "noise", 1));
        int fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal([new Due("a", "noise")], session.Query<Due>());
    }

    [Theory, BothRuntimes]
    public void Fire_ActionThrowsAndHandlerHandles_ContinuesFiring(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(ThrowingActionRule));
        RhsExpressionErrorEventArgs? seen = null;
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            seen = e;
            e.IsHandled = true;
        };
        session.InsertAll([new Employee("a", 13, "u"), new Employee("b", 30, "u")]);

        int fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.NotNull(seen);
        Assert.Equal("Throwing action", seen.Match.Rule.Name);
        Assert.Equal([new Employee("a", 13, "u")], seen.Arguments);
        Assert.IsType<InvalidOperationException>(seen.Exception);
    }

    // NRules' DSL binds only aliases matched before, so it reads a later alias as the closure's variable, which is never
    // set: the rule compiles, and the condition throws.
    [Theory, BothRuntimes]
    public void Insert_AliasUsedBeforeItIsBound_ThrowsLhsExceptionOfTheUnsetVariable(Runtime runtime)
    {
        ISession session = Compiled.Session(runtime, typeof(AliasTooEarlyRule));

        var ex = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(new Exposure("a", "noise", 1)));

        Assert.IsType<NullReferenceException>(ex.InnerException);
    }

    [Theory, BothRuntimes]
    public void Load_RuleWithoutParameterlessConstructor_ThrowsActivationExceptionBeforeAnyRuntime(Runtime runtime)
    {
        var ex = Assert.Throws<RuleActivationException>(() => Compiled.From(runtime, typeof(NoDefaultConstructorRule)));

        Assert.Equal(typeof(NoDefaultConstructorRule), ex.RuleType);
        Assert.IsType<MissingMethodException>(ex.InnerException);
    }

    [Theory, BothRuntimes]
    public void Load_RuleThatFailsToDefine_ThrowsDefinitionExceptionBeforeAnyRuntime(Runtime runtime)
    {
        var ex = Assert.Throws<RuleDefinitionException>(() => Compiled.From(runtime, typeof(EmptyRule)));

        Assert.Equal(typeof(EmptyRule), ex.RuleType);
    }
}

[Name("Throwing join")]
public sealed class ThrowingJoinRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.Level / worker.Age > 1);
        Then().Do(ctx => ctx.Halt());
    }
}

public sealed class ThrowingBindingRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        int ratio = 0;
        When()
            .Match(() => worker)
            .Let(() => ratio, () => 100 / worker.Age);
        Then().Yield(ctx => new Due(worker.Id, "ratio " + ratio));
    }
}

/// <summary>A Collect whose pattern's condition throws for year 0, and whose condition on the collection throws while it is empty.</summary>
public sealed class ThrowingCollectRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        IEnumerable<Exam> exams = default!;
        When()
            .Match(() => worker)
            .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id, e => 2026 / e.Year > 0).Collect().Where(es => 10 / es.Count() > 0));
        Then().Do(ctx => ctx.Halt());
    }
}

public sealed class AliasTooEarlyRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => exposure, e => e.WorkerId == worker.Id)
            .Match(() => worker);
        Then().Do(ctx => ctx.Insert(exposure));
    }
}

public sealed class NoDefaultConstructorRule(int x) : Rule
{
    public int X { get; } = x;

    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Insert(new Counter(worker.Id, X)));
    }
}

/// <summary>A rule with no action, which NRules' rule builder refuses.</summary>
public sealed class EmptyRule : Rule
{
    public override void Define()
    {
        When().Match<Employee>();
    }
}
