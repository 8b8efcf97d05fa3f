using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The facts of a session by identity, and the facts each activation links. A fact's identity is what NRules'
/// runtime takes by default: <see cref="IIdentityProvider.GetIdentity"/> when the fact provides one, else
/// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>, and never equal across types. Enumeration
/// follows the same order as NRules' working memory (a dictionary changed by the same operations).
/// </summary>
internal sealed class WorkingMemory
{
    private readonly Dictionary<object, Fact> _facts = new(FactIdentityComparer.Instance);
    private readonly Dictionary<Activation, Dictionary<object, Fact>> _linked = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<Fact> Facts => _facts.Values;

    public int Count => _facts.Count;

    public Fact? GetFact(object value) => _facts.TryGetValue(value, out Fact? fact) ? fact : null;

    public void AddFact(Fact fact) => _facts.Add(fact.RawObject!, fact);

    public void UpdateFact(Fact fact)
    {
        RemoveFact(fact);
        AddFact(fact);
    }

    public void RemoveFact(Fact fact)
    {
        if (!_facts.Remove(fact.RawObject!))
        {
            throw new ArgumentException("Element does not exist", nameof(fact));
        }
    }

    public bool HasLinks(Activation activation) => _linked.ContainsKey(activation);

    public IReadOnlyCollection<object> GetLinkedKeys(Activation activation) =>
        _linked.TryGetValue(activation, out Dictionary<object, Fact>? facts) ? facts.Keys : [];

    public Fact? GetLinkedFact(Activation activation, object key) =>
        _linked.TryGetValue(activation, out Dictionary<object, Fact>? facts) && facts.TryGetValue(key, out Fact? fact) ? fact : null;

    public void AddLinkedFact(Activation activation, object key, Fact fact)
    {
        AddFact(fact);
        LinksOf(activation).Add(key, fact);
    }

    public void UpdateLinkedFact(Activation activation, object key, Fact fact, object value)
    {
        if (!ReferenceEquals(fact.RawObject, value))
        {
            RemoveFact(fact);
            fact.RawObject = value;
            AddFact(fact);
        }

        Dictionary<object, Fact> facts = LinksOf(activation);
        facts.Remove(key);
        facts.Add(key, fact);
    }

    public void RemoveLinkedFact(Activation activation, object key)
    {
        if (_linked.TryGetValue(activation, out Dictionary<object, Fact>? facts))
        {
            facts.Remove(key);
            if (facts.Count == 0)
            {
                _linked.Remove(activation);
            }
        }
    }

    private Dictionary<object, Fact> LinksOf(Activation activation)
    {
        if (!_linked.TryGetValue(activation, out Dictionary<object, Fact>? facts))
        {
            facts = [];
            _linked[activation] = facts;
        }

        return facts;
    }
}

/// <summary>NRules' default fact identity: the identity a fact provides, else its equality; never equal across types.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.GetType() != y.GetType())
        {
            return false;
        }

        return x is IIdentityProvider px && y is IIdentityProvider py
            ? object.Equals(px.GetIdentity(), py.GetIdentity())
            : object.Equals(x, y);
    }

    public int GetHashCode(object obj) => obj is IIdentityProvider provider ? provider.GetIdentity().GetHashCode() : obj.GetHashCode();
}
