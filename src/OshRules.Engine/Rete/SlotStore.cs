namespace OshRules.Engine.Rete;

/// <summary>
/// A session's items of one kind kept as structs and addressed by number (from 1; 0 means none), the numbers of removed
/// items reused. They lie in a <see cref="ChunkedBuffer{T}"/>, so in a large session they are not objects the collector
/// marks and promotes one by one, but a few arrays of 64 KB. In a session of 200,000 workers the right entries
/// alone were half a million objects, all promoted twice by the time the session ended.
/// </summary>
/// <remarks>
/// A mutable struct, kept as a field of its owner (one object less per store and session, which counts in a session of
/// one worker): it must only ever be used through a reference (<c>ref</c> locals, the session's ref properties), never
/// copied, or an <see cref="Add"/> on the copy would be lost.
/// </remarks>
/// <typeparam name="T">The item: a struct whose default value holds no reference.</typeparam>
internal struct SlotStore<T>
    where T : struct
{
    // Element 0 is never handed out (0 means none); it is added with the first item.
    private ChunkedBuffer<T> _items;
    private ChunkedList<int>? _free;

    /// <summary>
    /// Creates an empty store whose first chunk, made by the first <see cref="Add"/>, holds <paramref name="capacityHint"/>
    /// items and a quarter more (a session usually peaks above the count it ends with, which is what the hint is).
    /// </summary>
    public SlotStore(int capacityHint) => _items = new ChunkedBuffer<T>(capacityHint + (capacityHint >> 2) + 4);

    /// <summary>Gets how many items the store holds.</summary>
    public readonly int Count => Last - (_free?.Count ?? 0);

    /// <summary>Gets the highest number handed out so far (0 when none was).</summary>
    public readonly int Last => Math.Max(_items.Count - 1, 0);

    /// <summary>
    /// Gets the number the next <see cref="Add"/> hands out when no removed number waits to be reused, and 0 when one does:
    /// then items added one after another get numbers one after another.
    /// </summary>
    public readonly int NextInOrder => _free is { Count: > 0 } ? 0 : Last + 1;

    /// <summary>The item numbered <paramref name="number"/>; a reference into a chunk, valid until the next <see cref="Add"/>.</summary>
    public readonly ref T this[int number] => ref _items[number];

    /// <summary>Stores <paramref name="item"/> and returns its number.</summary>
    public int Add(in T item)
    {
        if (_free is { Count: > 0 })
        {
            int reused = _free.Pop();
            _items[reused] = item;
            return reused;
        }

        if (_items.Count == 0)
        {
            _items.Add(default);
        }

        _items.Add(item);
        return _items.Count - 1;
    }

    /// <summary>Removes the item numbered <paramref name="number"/> (its references are cleared) and frees the number.</summary>
    public void Remove(int number)
    {
        _items[number] = default;
        (_free ??= new ChunkedList<int>()).Add(number);
    }
}
