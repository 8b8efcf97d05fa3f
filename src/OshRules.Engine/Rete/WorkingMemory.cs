using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The facts of a session by identity, and (through the activations) the facts each activation links. A fact's identity is what NRules'
/// runtime takes by default: <see cref="IIdentityProvider.GetIdentity"/> when the fact provides one, else
/// <see cref="object.Equals(object)"/> and <see cref="object.GetHashCode"/>, and never equal across types. Enumeration
/// follows the same order as NRules' working memory (a dictionary changed by the same operations).
/// </summary>
internal sealed class WorkingMemory(int capacity)
{
    private ChunkedMap<object, Fact> _facts = new(capacity, FactIdentityComparer.Instance);

    public IEnumerable<Fact> Facts => _facts.Values;

    public int Count => _facts.Count;

    /// <summary>The objects of the facts that are of type <typeparamref name="T"/>, in the table's order, read as enumerated.</summary>
    /// <typeparam name="T">The type asked for.</typeparam>
    /// <returns>The objects.</returns>
    public IEnumerable<T> ObjectsOf<T>()
    {
        // One iterator over the table instead of a Select and an OfType stacked on it: what a session's Query reads.
        foreach (Fact fact in _facts.Values)
        {
            if (fact.Object is T value)
            {
                yield return value;
            }
        }
    }

    public Fact? GetFact(object value) => _facts.TryGetValue(value, out Fact? fact) ? fact : null;

    public void AddFact(Fact fact) => _facts.Add(fact.RawObject!, fact);

    /// <summary>Adds a new fact of <paramref name="value"/> unless one is present; either way gives the fact, in one lookup.</summary>
    /// <returns>Whether the fact is new.</returns>
    public bool TryAddFact(object value, out Fact fact)
    {
        ref Fact slot = ref _facts.GetValueRefOrAddDefault(value, out bool exists);
        if (exists)
        {
            fact = slot;
            return false;
        }

        fact = slot = new Fact(value);
        return true;
    }

    /// <summary>Forgets every fact, keeping the table's room (capped, so one large session does not keep a large table).</summary>
    public void Clear()
    {
        if (_facts.Capacity > SessionSizeHint.Cap)
        {
            _facts = new(SessionSizeHint.Cap, FactIdentityComparer.Instance);
        }
        else
        {
            _facts.Clear();
        }
    }

    /// <summary>Makes room for a batch, so a large insert grows the table once.</summary>
    public void Reserve(int more) => _facts.EnsureCapacity(_facts.Count + more);

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

    public static bool HasLinks(Activation activation) => activation.Links.Count > 0;

    public static IReadOnlyCollection<object> GetLinkedKeys(Activation activation) => activation.Links.Count == 0 ? [] : activation.Links.Keys;

    public static Fact? GetLinkedFact(Activation activation, object key) => activation.Links.Count == 0 ? null : activation.Links.Get(key);

    public void AddLinkedFact(Activation activation, object key, Fact fact)
    {
        AddFact(fact);
        activation.Links.Add(key, fact);
    }

    public void UpdateLinkedFact(Activation activation, object key, Fact fact, object value)
    {
        if (!ReferenceEquals(fact.RawObject, value))
        {
            RemoveFact(fact);
            fact.RawObject = value;
            AddFact(fact);
        }

        activation.Links.Remove(key);
        activation.Links.Add(key, fact);
    }

    public static void RemoveLinkedFact(Activation activation, object key) => activation.Links.Remove(key);
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
