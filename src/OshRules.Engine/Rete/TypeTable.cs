using System.Runtime.CompilerServices;

namespace OshRules.Engine.Rete;

/// <summary>
/// A value per type, read on every fact a session inserts, updates or retracts, by any thread at once: an open-addressing
/// table compared by reference, replaced whole under a lock when a type is added (types are few and added once), so a
/// read is a hash, an array read and a comparison, with no lock and no interface call.
/// </summary>
/// <typeparam name="TValue">The value kept per type.</typeparam>
internal sealed class TypeTable<TValue>
    where TValue : class
{
    private readonly object _adding = new();
    private volatile Entry[] _entries = new Entry[16];
    private int _count;

    /// <summary>The value kept for <paramref name="type"/>, or null.</summary>
    public TValue? Get(Type type)
    {
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int i = RuntimeHelpers.GetHashCode(type) & mask; ; i = (i + 1) & mask)
        {
            Entry entry = entries[i];
            if (ReferenceEquals(entry.Type, type))
            {
                return entry.Value;
            }

            if (entry.Type is null)
            {
                return null;
            }
        }
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="type"/> unless a value is kept already; returns the one kept.</summary>
    public TValue Add(Type type, TValue value)
    {
        lock (_adding)
        {
            if (Get(type) is { } kept)
            {
                return kept;
            }

            // At most half full, so a search for a missing type ends soon.
            Entry[] entries = _entries;
            var next = new Entry[(_count + 1) * 2 > entries.Length ? entries.Length * 2 : entries.Length];
            foreach (Entry entry in entries)
            {
                if (entry.Type is not null)
                {
                    Place(next, entry);
                }
            }

            Place(next, new Entry(type, value));
            _count++;
            _entries = next;
            return value;
        }
    }

    private static void Place(Entry[] entries, Entry entry)
    {
        int mask = entries.Length - 1;
        int i = RuntimeHelpers.GetHashCode(entry.Type) & mask;
        while (entries[i].Type is not null)
        {
            i = (i + 1) & mask;
        }

        entries[i] = entry;
    }

    private readonly record struct Entry(Type? Type, TValue? Value);
}
