namespace OshRules.Engine.Rete;

/// <summary>A condition on one fact alone, evaluated once per fact and node.</summary>
internal sealed record AlphaCondition(Func<object, bool> Test, string Text);

/// <summary>A condition on a fact together with the partial match before it.</summary>
internal sealed record BetaCondition(Func<object?[], object, bool> Test, string Text);

/// <summary>A condition on a partial match (<c>Having</c>, a filter on a collection).</summary>
internal sealed record TupleCondition(Func<object?[], bool> Test, string Text);

/// <summary>A value computed from a partial match (<c>Let</c>).</summary>
internal sealed record TupleExpression(Func<object?[], object?> Evaluate, string Text);

/// <summary>A step applied to each element of a query after its first projection.</summary>
internal sealed record ElementStep(bool IsProjection, Func<object?[], object?, object?> Apply, string Text);

/// <summary>
/// A hash-indexed equality <c>fact side == match side</c>. When both sides are <see cref="int"/> (ids, years), the
/// unboxed forms are compiled too, so a session can reuse one box per key value (<see cref="Session.BoxKey"/>).
/// </summary>
internal sealed record JoinIndex(
    Func<object, object?> FactKey, Func<object?[], object?> TupleKey, string Text, Func<object, int>? IntFactKey = null, Func<object?[], int>? IntTupleKey = null);
