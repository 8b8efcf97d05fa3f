namespace OshRules.Engine.Rete;

/// <summary>O(1) add and remove in lists whose items remember their position (swap with the last, then truncate).</summary>
internal static class Slots
{
    /// <summary>Stands for the null key in hash indexes, and for "one bucket" in unindexed nodes.</summary>
    public static readonly object NullKey = new();

    public static void AddPair(Token left, RightEntry right, Token pair)
    {
        pair.Parent = left;
        pair.Right = right;
        List<Token> l = left.Pairs ??= new List<Token>(2);
        pair.ParentSlot = l.Count;
        l.Add(pair);
        List<Token> r = right.Pairs ??= new List<Token>(2);
        pair.RightSlot = r.Count;
        r.Add(pair);
    }

    public static void RemovePair(Token pair)
    {
        List<Token> l = pair.Parent!.Pairs!;
        int i = pair.ParentSlot;
        int last = l.Count - 1;
        Token moved = l[last];
        l[i] = moved;
        moved.ParentSlot = i;
        l.RemoveAt(last);

        List<Token> r = pair.Right!.Pairs!;
        i = pair.RightSlot;
        last = r.Count - 1;
        moved = r[last];
        r[i] = moved;
        moved.RightSlot = i;
        r.RemoveAt(last);
    }

    public static void Add(List<Token> list, Token token)
    {
        token.MemorySlot = list.Count;
        list.Add(token);
    }

    public static void Remove(List<Token> list, Token token)
    {
        int i = token.MemorySlot;
        int last = list.Count - 1;
        Token moved = list[last];
        list[i] = moved;
        moved.MemorySlot = i;
        list.RemoveAt(last);
        token.MemorySlot = -1;
    }

    public static void Add(List<RightEntry> list, RightEntry entry)
    {
        entry.Slot = list.Count;
        list.Add(entry);
    }

    public static void Remove(List<RightEntry> list, RightEntry entry)
    {
        int i = entry.Slot;
        int last = list.Count - 1;
        RightEntry moved = list[last];
        list[i] = moved;
        moved.Slot = i;
        list.RemoveAt(last);
    }
}
