using OshRules.Engine.Fluent.Builders;

namespace OshRules.Engine.Fluent.Dsl;

/// <summary>
/// Base of every rule: override <see cref="Define"/> and describe the conditions with <see cref="When"/> and the
/// actions with <see cref="Then"/>. Aliases are locals captured by the lambdas.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

    /// <summary>Describes the rule. Called once, when the rule is loaded into a repository.</summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the rule's conditions.</summary>
    /// <returns>The left-hand side.</returns>
    protected ILeftHandSideExpression When() => Builder.Lhs;

    /// <summary>Starts (or continues) the rule's actions.</summary>
    /// <returns>The right-hand side.</returns>
    protected IRightHandSideExpression Then() => Builder.Rhs;

    private RuleBuilder Builder => _builder ?? throw new InvalidOperationException("When() and Then() can only be called from Define() while the rule is loaded.");

    internal RuleBuilder Build()
    {
        _builder = new RuleBuilder();
        try
        {
            Define();
            return _builder;
        }
        finally
        {
            _builder = null;
        }
    }
}
