using System.Text;

namespace OshRules.Samples.Evaluation;

/// <summary>
/// The worker ids met so far and the line each was first met on, to reject a repeated id. The only part of a run that
/// grows with the roster, so it is kept compact: each id's UTF-8 bytes in one arena, its offset and line in two arrays,
/// and an open-addressing table of entry numbers, about 25 bytes per worker where a dictionary of strings takes 70.
/// </summary>
internal sealed class WorkerIdIndex
{
    private byte[] arena = new byte[1 << 16];
    private int arenaLength;
    private int[] offsets = new int[1024];
    private int[] lines = new int[1024];
    private int count;
    private int[] table = new int[2048]; // entry number + 1; 0 = empty

    /// <summary>Adds <paramref name="id"/> met on <paramref name="line"/>; false, with the line it was first met on, when it was met before.</summary>
    public bool TryAdd(string id, int line, out int firstLine)
    {
        var bytes = Encoding.UTF8.GetBytes(id);
        var slot = Find(bytes, Hash(bytes));
        if (table[slot] != 0)
        {
            firstLine = lines[table[slot] - 1];
            return false;
        }

        firstLine = line;
        Store(bytes, line);
        table[slot] = count;
        if (count * 4 > table.Length * 3)
        {
            Grow();
        }

        return true;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = default(HashCode);
        h.AddBytes(bytes);
        return h.ToHashCode();
    }

    private ReadOnlySpan<byte> Entry(int entry)
    {
        var offset = offsets[entry];
        var length = arena[offset] | (arena[offset + 1] << 8) | (arena[offset + 2] << 16);
        return arena.AsSpan(offset + 3, length);
    }

    /// <summary>The slot holding <paramref name="bytes"/>, or the empty slot where they would go.</summary>
    private int Find(ReadOnlySpan<byte> bytes, int hash)
    {
        var mask = table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry == 0 || Entry(entry - 1).SequenceEqual(bytes))
            {
                return slot;
            }
        }
    }

    private void Store(byte[] bytes, int line)
    {
        if (count == offsets.Length)
        {
            Array.Resize(ref offsets, count * 2);
            Array.Resize(ref lines, count * 2);
        }

        var needed = arenaLength + 3 + bytes.Length;
        if (needed > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, needed));
        }

        arena[arenaLength] = (byte)bytes.Length;
        arena[arenaLength + 1] = (byte)(bytes.Length >> 8);
        arena[arenaLength + 2] = (byte)(bytes.Length >> 16);
        bytes.CopyTo(arena, arenaLength + 3);
        offsets[count] = arenaLength;
        lines[count] = line;
        arenaLength = needed;
        count++;
    }

    private void Grow()
    {
        table = new int[table.Length * 2];
        for (var entry = 0; entry < count; entry++)
        {
            var bytes = Entry(entry);
            var mask = table.Length - 1;
            var slot = Hash(bytes) & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = entry + 1;
        }
    }
}
