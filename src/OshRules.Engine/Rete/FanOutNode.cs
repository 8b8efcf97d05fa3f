namespace OshRules.Engine.Rete;

/// <summary>
/// Passes each partial match of a shared node on to every rule that continues from it: the same token to each
/// successor (a terminal among the later ones makes its own activation), their numbers kept in a list of
/// <see cref="FanEntry"/>.
/// </summary>
internal sealed class FanOutNode(RuleNetwork rule, Node[] successors) : Node(rule, -1)
{
    public Node[] Successors { get; } = successors;

    public override bool TakesActivations => Successors[0].TakesActivations;

    public override Token NewInput(object?[] items) => Successors[0].NewInput(items);

    public override int LeftAdd(Session session, Token left)
    {
        ref SlotStore<FanEntry> fans = ref session.Fans;
        int first = 0, last = 0;
        foreach (Node successor in Successors)
        {
            int state = successor.LeftAdd(session, left);
            int number = fans.Add(new FanEntry(state));
            if (last == 0)
            {
                first = number;
            }
            else
            {
                fans[last].Next = number;
            }

            last = number;
        }

        return first;
    }

    public override void LeftRemove(Session session, Token left, int state)
    {
        ref SlotStore<FanEntry> fans = ref session.Fans;
        int number = state;
        foreach (Node successor in Successors)
        {
            FanEntry entry = fans[number];
            fans.Remove(number);
            successor.LeftRemove(session, left, entry.State);
            number = entry.Next;
        }
    }
}
