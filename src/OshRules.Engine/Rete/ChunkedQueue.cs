namespace OshRules.Engine.Rete;

/// <summary>
/// A first-in, first-out queue kept in chunks (<see cref="ChunkedBuffer{T}"/>): the agenda's queues, which a session of
/// tens of thousands of facts fills with tens of thousands of activations before the first fires, and which as
/// <see cref="Queue{T}"/>s would grow into the large-object heap. Items are taken from the front and added at the end;
/// when the end reaches the room and at least half of it lies before the front, the items move to the front instead of
/// the queue growing.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedQueue<T>
{
    private ChunkedBuffer<T> _items;
    private int _head;
    private int _tail;

    /// <summary>Gets the number of items.</summary>
    public int Count => _tail - _head;

    /// <summary>Gets the number of items the queue holds before it grows or compacts.</summary>
    public int Capacity => _items.Capacity;

    /// <summary>Adds an item at the end.</summary>
    public void Enqueue(T item)
    {
        if (_head > 0 && _head >= Count && _tail == _items.Capacity)
        {
            Compact();
        }

        // From four items, as a Queue: an agenda seldom holds one activation only.
        _items.GrowTo(_tail++, minimum: 4) = item;
    }

    /// <summary>Gets the item at the front.</summary>
    public T Peek() => Count > 0 ? _items[_head] : throw new InvalidOperationException("Queue empty.");

    /// <summary>Removes and returns the item at the front.</summary>
    public T Dequeue()
    {
        T item = Peek();
        _items[_head++] = default!;
        if (_head == _tail)
        {
            _head = _tail = 0;
        }

        return item;
    }

    /// <summary>Removes every item, keeping the room.</summary>
    public void Clear()
    {
        _items.Clear(_tail);
        _head = _tail = 0;
    }

    private void Compact()
    {
        int count = Count;
        for (int i = 0; i < count; i++)
        {
            _items[i] = _items[_head + i];
        }

        for (int i = count; i < _tail; i++)
        {
            _items[i] = default!;
        }

        _head = 0;
        _tail = count;
    }
}
