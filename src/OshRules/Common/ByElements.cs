using System.Collections;

namespace OshRules.Common;

/// <summary>
/// A collection held by a record or result and compared element by element, in order (依元素比較之集合).
/// </summary>
/// <remarks>
/// A record's synthesized equality compares a collection member by reference: two conclusions built from equal citations
/// in two lists, or one read back from JSON, would not be equal. So every record of the library keeps each collection in
/// a field of this type and exposes <see cref="Items"/>; its synthesized <c>Equals</c> then compares the elements with
/// their own <c>Equals</c>, and <see cref="GetHashCode"/> combines theirs. A record that the rule engine hashes still
/// declares a <c>GetHashCode</c> of its scalar members only (see <see cref="IOshConclusion"/>): hashing a subset of what
/// <c>Equals</c> compares stays consistent. An immutable array held here must not be default (records hold an empty one).
/// </remarks>
/// <typeparam name="TCollection">The collection type the record exposes: a list, an immutable array, a sorted dictionary.</typeparam>
/// <param name="items">The collection, not copied.</param>
internal readonly struct ByElements<TCollection>(TCollection items) : IEquatable<ByElements<TCollection>>
    where TCollection : IEnumerable
{
    /// <summary>The collection.</summary>
    public TCollection Items { get; } = items;

    public static bool operator ==(ByElements<TCollection> left, ByElements<TCollection> right) => left.Equals(right);

    public static bool operator !=(ByElements<TCollection> left, ByElements<TCollection> right) => !left.Equals(right);

    /// <summary>Whether both hold the same elements in the same order, each equal by its own <c>Equals</c>.</summary>
    /// <param name="other">The other collection.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ByElements<TCollection> other)
    {
        IEnumerable? mine = Items, theirs = other.Items;
        if (mine is null || theirs is null)
        {
            return mine is null && theirs is null;
        }

        if (ReferenceEquals(mine, theirs))
        {
            return true;
        }

        if (mine is ICollection a && theirs is ICollection b && a.Count != b.Count)
        {
            return false;
        }

        var x = mine.GetEnumerator();
        var y = theirs.GetEnumerator();
        try
        {
            while (true)
            {
                var more = x.MoveNext();
                if (more != y.MoveNext())
                {
                    return false;
                }

                if (!more)
                {
                    return true;
                }

                if (!object.Equals(x.Current, y.Current))
                {
                    return false;
                }
            }
        }
        finally
        {
            (x as IDisposable)?.Dispose();
            (y as IDisposable)?.Dispose();
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ByElements<TCollection> other && Equals(other);

    /// <summary>The elements' hashes combined, in order.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        if (Items is IEnumerable items)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
