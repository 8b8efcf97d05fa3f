using System.Collections;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>The collection a <c>Collect()</c> yields, changed in place as facts come and go.</summary>
internal interface IFactCollection
{
    IEnumerable<IFact> Facts { get; }

    void Add(IFact fact);

    void Modify(IFact fact);

    void Remove(IFact fact);
}

/// <summary>
/// The elements a <c>Collect()</c> has gathered for one match, in the order they arrived. The rule sees this very
/// object through every change (as with NRules' runtime); a rule that keeps it past its action sees it change.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class FactCollection<T> : IEnumerable<T>, IFactCollection
{
    private readonly Dictionary<IFact, (LinkedListNode<IFact> Fact, LinkedListNode<T?> Element)> _nodes = [];
    private readonly LinkedList<T?> _elements = new();
    private readonly LinkedList<IFact> _facts = new();

    public int Count => _elements.Count;

    public IEnumerable<IFact> Facts => _facts;

    public void Add(IFact fact)
    {
        var factNode = new LinkedListNode<IFact>(fact);
        var elementNode = new LinkedListNode<T?>((T?)fact.Value);
        _facts.AddLast(factNode);
        _elements.AddLast(elementNode);
        _nodes[fact] = (factNode, elementNode);
    }

    public void Modify(IFact fact)
    {
        LinkedListNode<T?> node = _nodes[fact].Element;
        var value = (T?)fact.Value;
        if (!ReferenceEquals(node.Value, value))
        {
            node.Value = value;
        }
    }

    public void Remove(IFact fact)
    {
        (LinkedListNode<IFact> factNode, LinkedListNode<T?> elementNode) = _nodes[fact];
        _facts.Remove(factNode);
        _elements.Remove(elementNode);
        _nodes.Remove(fact);
    }

    public IEnumerator<T> GetEnumerator() => _elements.GetEnumerator()!;

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Where an aggregate's result came from: the facts it aggregates.</summary>
internal sealed class AggregateFactSource(IEnumerable<IFact> facts) : IFactSource
{
    public FactSourceType SourceType => FactSourceType.Aggregate;

    public IEnumerable<IFact> Facts { get; } = facts;
}
