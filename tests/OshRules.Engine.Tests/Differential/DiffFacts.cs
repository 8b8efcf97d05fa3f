using NRules.RuleModel;

namespace OshRules.Engine.Tests.Differential;

/// <summary>A fact whose identity is its number, so an update can change its key and value.</summary>
public sealed record Alpha(int Id, int Key, int Value) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

/// <summary>A second kind of fact, joined with <see cref="Alpha"/>.</summary>
public sealed record Beta(int Id, int Key, int Value) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

/// <summary>What a rule yields (a linked fact).</summary>
public sealed record Derived(string Rule, int Id, int Key);

/// <summary>What a rule inserts with <c>ctx.TryInsert</c>.</summary>
public sealed record Note(string Rule, int Id);

/// <summary>Helpers the generated rules' expressions call.</summary>
public static class Effects
{
    /// <summary>Yields a fact as NRules' DSL does: inserted on the first firing, updated on the next.</summary>
    public static void Yield(IContext context, object fact)
    {
        const string key = "$yield$";
        if (context.GetLinked(key) is null)
        {
            context.InsertLinked(key, fact);
        }
        else
        {
            context.UpdateLinked(key, fact);
        }
    }

    /// <summary>A condition that throws for one value.</summary>
    public static bool FailsOn(int value, int poison) =>
        value == poison ? throw new InvalidOperationException($"condition refuses {poison}") : value % 2 == 0;

    /// <summary>An action that throws for one key.</summary>
    public static void ThrowOn(int key, int poison)
    {
        if (key == poison)
        {
            throw new InvalidOperationException($"action refuses key {poison}");
        }
    }
}
