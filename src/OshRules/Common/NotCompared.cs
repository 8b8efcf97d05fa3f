namespace OshRules.Common;

/// <summary>
/// A value a record carries but leaves out of its equality (不列入比較之值).
/// </summary>
/// <remarks>
/// A conclusion keeps the input fact it was drawn from (<c>Source</c>) for the caller's convenience, but is identified by
/// that fact's key (<c>SourceId</c>), which JSON carries; the object itself is not written, so a conclusion read back
/// from JSON has none. Kept in a field of this type, the object takes no part in the record's synthesized
/// <c>Equals</c>, and the read-back conclusion equals the original.
/// </remarks>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="value">The value.</param>
internal readonly struct NotCompared<T>(T value) : IEquatable<NotCompared<T>>
{
    /// <summary>The value.</summary>
    public T Value { get; } = value;

    public static bool operator ==(NotCompared<T> left, NotCompared<T> right) => left.Equals(right);

    public static bool operator !=(NotCompared<T> left, NotCompared<T> right) => !left.Equals(right);

    /// <summary>Always true: the value is not compared.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/>.</returns>
    public bool Equals(NotCompared<T> other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NotCompared<T>;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;
}
