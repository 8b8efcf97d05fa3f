using System.Buffers;
using System.Collections;
using System.Runtime.CompilerServices;

namespace OshRules.Engine.Rete;

/// <summary>
/// A growable list kept in chunks (<see cref="ChunkedBuffer{T}"/>): the batches a session passes from node to node,
/// which for a session of tens of thousands of facts hold tens of thousands of items, and as <see cref="List{T}"/>s
/// would grow into the large-object heap (whose budget, once overrun, starts a collection of the whole heap).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private ChunkedBuffer<T> _items;

    /// <summary>Creates an empty list.</summary>
    public ChunkedList()
    {
    }

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> items.</summary>
    public ChunkedList(int capacity)
    {
        _items.EnsureCapacity(capacity);
    }

    /// <summary>Creates a list holding <paramref name="items"/>.</summary>
    public ChunkedList(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            Add(item);
        }
    }

    /// <summary>Gets the number of items.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of items the list holds before it grows.</summary>
    public int Capacity => _items.Capacity;

    /// <summary>Gets a reference to the item at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                OutOfRange(index);
            }

            return ref _items[index];
        }
    }

    T IReadOnlyList<T>.this[int index] => this[index];

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        int count = Count;

        // From four items, as a List: a batch seldom holds one item only.
        _items.GrowTo(count, minimum: 4) = item;
        Count = count + 1;
    }

    /// <summary>Makes room for <paramref name="more"/> items past the last.</summary>
    public void Reserve(int more) => _items.EnsureCapacity(Count + more);

    /// <summary>Empties the list, keeping its room.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            _items.Clear(Count);
        }

        Count = 0;
    }

    /// <summary>Whether every item satisfies <paramref name="match"/>.</summary>
    public bool TrueForAll(Predicate<T> match)
    {
        for (int i = 0; i < Count; i++)
        {
            if (!match(_items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The items that satisfy <paramref name="match"/>, in order, in a new list.</summary>
    public ChunkedList<T> FindAll(Predicate<T> match)
    {
        var found = new ChunkedList<T>();
        for (int i = 0; i < Count; i++)
        {
            if (match(_items[i]))
            {
                found.Add(_items[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// Sorts the items by their default order (not stably): in place while they fit one array; once they span chunks,
    /// in an array rented from the shared pool (one made for the largest batch, then reused), copied there and back.
    /// </summary>
    public void Sort()
    {
        if (_items.SingleArray(Count) is { } array)
        {
            Array.Sort(array, 0, Count);
            return;
        }

        T[] all = ArrayPool<T>.Shared.Rent(Count);
        for (int i = 0; i < Count; i++)
        {
            all[i] = _items[i];
        }

        Array.Sort(all, 0, Count);
        for (int i = 0; i < Count; i++)
        {
            _items[i] = all[i];
        }

        ArrayPool<T>.Shared.Return(all, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }

    /// <summary>Enumerates the items in order without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    // Thrown from a method of its own so that the indexer stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "The index is past the list's end.");

    /// <summary>The items in order.</summary>
    public struct Enumerator(ChunkedList<T> list)
    {
        private int _index = -1;

        public readonly T Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => list._items[_index];
        }

        public bool MoveNext() => ++_index < list.Count;
    }
}
