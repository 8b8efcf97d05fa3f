using System.Text;

namespace OshRules.Samples.Evaluation;

/// <summary>
/// The worker ids met so far and the line each was first met on, to reject a repeated id. The only part of a run that
/// grows with the roster, so it is kept compact and never copied as it grows: each id's UTF-8 bytes in chunks of an
/// arena, its place and line in chunked arrays, and an open-addressing table of entry numbers: about 22 bytes per
/// worker with ids of 8 characters, where a dictionary of strings takes about 70.
/// </summary>
internal sealed class WorkerIdIndex
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits; // entries per chunk of places and lines
    private const int ArenaChunk = 1 << 20; // bytes per chunk of the arena

    private readonly List<byte[]> arena = [new byte[ArenaChunk]];
    private readonly List<int[]> places = []; // arena chunk << 20 | offset in the chunk
    private readonly List<int[]> lines = [];
    private int arenaUsed;
    private int count;
    private int[] table = new int[1 << 12]; // entry number + 1; 0 = empty

    /// <summary>Adds <paramref name="id"/> met on <paramref name="line"/>; false, with the line it was first met on, when it was met before.</summary>
    public bool TryAdd(string id, int line, out int firstLine)
    {
        var bytes = Encoding.UTF8.GetBytes(id);
        var slot = Find(bytes, Hash(bytes));
        if (table[slot] != 0)
        {
            var entry = table[slot] - 1;
            firstLine = lines[entry >> ChunkBits][entry & (ChunkSize - 1)];
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
        var place = places[entry >> ChunkBits][entry & (ChunkSize - 1)];
        var chunk = arena[place >>> 20];
        var offset = place & (ArenaChunk - 1);
        int length = chunk[offset];
        var start = offset + 1;
        if (length == 255)
        {
            // A long id: its length follows in four bytes.
            length = BitConverter.ToInt32(chunk, offset + 1);
            start = offset + 5;
        }

        return chunk.AsSpan(start, length);
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
        var header = bytes.Length < 255 ? 1 : 5;
        var needed = header + bytes.Length;
        if (arenaUsed + needed > arena[^1].Length)
        {
            arena.Add(new byte[Math.Max(ArenaChunk, needed)]);
            arenaUsed = 0;
        }

        var chunk = arena[^1];
        if (header == 1)
        {
            chunk[arenaUsed] = (byte)bytes.Length;
        }
        else
        {
            chunk[arenaUsed] = 255;
            BitConverter.TryWriteBytes(chunk.AsSpan(arenaUsed + 1), bytes.Length);
        }

        bytes.CopyTo(chunk, arenaUsed + header);
        if ((count & (ChunkSize - 1)) == 0)
        {
            places.Add(new int[ChunkSize]);
            lines.Add(new int[ChunkSize]);
        }

        places[^1][count & (ChunkSize - 1)] = ((arena.Count - 1) << 20) | arenaUsed;
        lines[^1][count & (ChunkSize - 1)] = line;
        arenaUsed += needed;
        count++;
    }

    private void Grow()
    {
        table = new int[table.Length * 2];
        var mask = table.Length - 1;
        for (var entry = 0; entry < count; entry++)
        {
            var slot = Hash(Entry(entry)) & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = entry + 1;
        }
    }
}
