using System.Linq.Expressions;
using System.Reflection;
using OshRules.Engine.Fluent.Dsl;

namespace OshRules.Engine.Fluent.Builders;

/// <summary>One element of a rule's left-hand side, as written in <c>Define()</c>.</summary>
internal abstract record LhsElement;

/// <summary>A pattern over facts of one type: matched and bound, or only tested for existence or absence.</summary>
internal sealed record PatternElement(PatternKind Kind, FieldInfo? Alias, Type Type, IReadOnlyList<LambdaExpression> Conditions) : LhsElement;

/// <summary>A query (source pattern, filters, projection, aggregation) bound to an alias.</summary>
internal sealed record QueryElement(FieldInfo Alias, Type ResultType, QuerySpec Query) : LhsElement;

/// <summary>A computed binding.</summary>
internal sealed record LetElement(FieldInfo Alias, Type Type, LambdaExpression Expression) : LhsElement;

/// <summary>A filter over earlier aliases.</summary>
internal sealed record HavingElement(IReadOnlyList<LambdaExpression> Conditions) : LhsElement;

/// <summary>How a pattern takes part in the match.</summary>
internal enum PatternKind
{
    Match,
    Exists,
    Not,
}

/// <summary>One action of a rule's right-hand side.</summary>
internal sealed record RhsAction(RhsActionKind Kind, LambdaExpression Expression, LambdaExpression? UpdateExpression);

/// <summary>Kinds of action.</summary>
internal enum RhsActionKind
{
    Do,
    Yield,
}
