using System.Reflection;
using NRules;

namespace OshRules.Engine.Rete;

/// <summary>
/// Makes NRules' own exception types. Code written for NRules catches <see cref="RuleLhsExpressionEvaluationException"/>,
/// <see cref="RuleRhsExpressionEvaluationException"/> and <see cref="RuleCompilationException"/>; NRules keeps their
/// constructors internal, so this runtime calls them by reflection, once per type. The package pins NRules' version,
/// and a test checks every constructor used here exists.
/// </summary>
internal static class NRulesErrors
{
    private static readonly ConstructorInfo LhsConstructor = Constructor<RuleLhsExpressionEvaluationException>(typeof(string), typeof(string), typeof(Exception));
    private static readonly ConstructorInfo RhsConstructor = Constructor<RuleRhsExpressionEvaluationException>(typeof(string), typeof(string), typeof(string), typeof(Exception));
    private static readonly ConstructorInfo CompilationConstructor = Constructor<RuleCompilationException>(typeof(string), typeof(string), typeof(Exception));

    /// <summary>A condition, binding or aggregate expression threw, and no handler of the failure event handled it.</summary>
    public static RuleLhsExpressionEvaluationException Lhs(string message, string expression, Exception inner) =>
        (RuleLhsExpressionEvaluationException)LhsConstructor.Invoke([message, expression, inner]);

    /// <summary>A rule's action threw, and no handler of the failure event handled it.</summary>
    public static RuleRhsExpressionEvaluationException Rhs(string ruleName, string expression, Exception inner) =>
        (RuleRhsExpressionEvaluationException)RhsConstructor.Invoke(["Failed to evaluate rule action", ruleName, expression, inner]);

    /// <summary>A rule could not be compiled (or holds an element this runtime refuses).</summary>
    public static RuleCompilationException Compilation(string ruleName, Exception inner) =>
        (RuleCompilationException)CompilationConstructor.Invoke(["Failed to compile rule", ruleName, inner]);

    private static ConstructorInfo Constructor<T>(params Type[] parameters) =>
        typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, parameters)
        ?? throw new MissingMethodException(typeof(T).FullName, ".ctor");
}
