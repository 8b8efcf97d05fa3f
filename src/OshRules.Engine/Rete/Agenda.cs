namespace OshRules.Engine.Rete;

/// <summary>
/// Activations waiting to fire: highest priority first, then the most recent — one stack per priority, so both
/// scheduling and dequeuing are O(1). Removal is lazy: an entry whose version no longer matches its activation's
/// is skipped when popped.
/// </summary>
internal sealed class Agenda(int capacityHint)
{
    // Few distinct priorities exist; they are kept sorted, highest first.
    private int[] _priorities = [];
    private ChunkedList<Entry>[] _stacks = [];

    public void Schedule(Activation activation)
    {
        activation.Version++;
        activation.InAgenda = true;
        StackFor(activation.Network.Definition.Priority).Add(new Entry(activation, activation.Version));
    }

    public static void Unschedule(Activation activation)
    {
        activation.Version++;
        activation.InAgenda = false;
    }

    public bool TryDequeue(out Activation activation)
    {
        foreach (ChunkedList<Entry> stack in _stacks)
        {
            while (stack.Count > 0)
            {
                Entry entry = stack.Pop();
                if (entry.Activation.InAgenda && entry.Version == entry.Activation.Version && !entry.Activation.Removed)
                {
                    activation = entry.Activation;
                    activation.InAgenda = false;
                    return true;
                }
            }
        }

        activation = null!;
        return false;
    }

    private ChunkedList<Entry> StackFor(int priority)
    {
        int i = 0;
        while (i < _priorities.Length && _priorities[i] > priority)
        {
            i++;
        }

        if (i < _priorities.Length && _priorities[i] == priority)
        {
            return _stacks[i];
        }

        var stack = new ChunkedList<Entry>(_stacks.Length == 0 ? capacityHint : 0);
        _priorities = [.. _priorities[..i], priority, .. _priorities[i..]];
        _stacks = [.. _stacks[..i], stack, .. _stacks[i..]];
        return stack;
    }

    private readonly record struct Entry(Activation Activation, int Version);
}
