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
/// object through every change (as with NRules' runtime); a rule that keeps it past its action sees it change. The
/// elements sit in two parallel lists; a collection that grows past a few elements also keeps a map from fact to place,
/// so removing one does not search.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class FactCollection<T> : IEnumerable<T>, IFactCollection
{
    private const int MapFrom = 16;
    private readonly List<IFact> _facts = [];
    private readonly List<T?> _elements = [];
    private Dictionary<IFact, int>? _places;

    public int Count => _elements.Count;

    public IEnumerable<IFact> Facts => _facts;

    public void Add(IFact fact)
    {
        _places?.Add(fact, _facts.Count);
        _facts.Add(fact);
        _elements.Add((T?)fact.Value);
        if (_places is null && _facts.Count >= MapFrom)
        {
            _places = [];
            for (int i = 0; i < _facts.Count; i++)
            {
                _places.Add(_facts[i], i);
            }
        }
    }

    public void Modify(IFact fact)
    {
        int at = PlaceOf(fact);
        var value = (T?)fact.Value;
        if (!ReferenceEquals(_elements[at], value))
        {
            _elements[at] = value;
        }
    }

    public void Remove(IFact fact)
    {
        int at = PlaceOf(fact);
        _facts.RemoveAt(at);
        _elements.RemoveAt(at);
        if (_places is not null)
        {
            _places.Remove(fact);
            for (int i = at; i < _facts.Count; i++)
            {
                _places[_facts[i]] = i;
            }
        }
    }

    public IEnumerator<T> GetEnumerator() => _elements.GetEnumerator()!;

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int PlaceOf(IFact fact) => _places is not null ? _places[fact] : _facts.IndexOf(fact);
}

/// <summary>Where an aggregate's result came from: the facts it aggregates.</summary>
internal sealed class AggregateFactSource(IEnumerable<IFact> facts) : IFactSource
{
    public FactSourceType SourceType => FactSourceType.Aggregate;

    public IEnumerable<IFact> Facts { get; } = facts;
}
