namespace OshRules.Engine.Rete;

/// <summary>
/// Passes each partial match of a shared node on to every rule that continues from it. A token carries the state of the
/// one node it feeds, so the first successor gets the token itself and each other successor an alias sharing its items.
/// </summary>
internal sealed class FanOutNode(RuleNetwork rule, Node[] successors) : Node(rule, -1)
{
    public Node[] Successors { get; } = successors;

    public override Token NewInput(object?[] items) => Successors[0].NewInput(items);

    public override void LeftAdd(Session session, Token left)
    {
        Node[] successors = Successors;
        Token last = left;
        for (int i = 1; i < successors.Length; i++)
        {
            Token alias = successors[i].NewInput(left.Items);
            last.Sibling = alias;
            last = alias;
        }

        Token? token = left;
        for (int i = 0; i < successors.Length; i++, token = token.Sibling!)
        {
            successors[i].LeftAdd(session, token);
        }
    }

    public override void LeftRemove(Session session, Token left)
    {
        Node[] successors = Successors;
        Token? token = left;
        for (int i = 0; i < successors.Length; i++)
        {
            Token next = token!.Sibling!;
            successors[i].LeftRemove(session, token);
            token = next;
        }

        left.Sibling = null;
    }
}
