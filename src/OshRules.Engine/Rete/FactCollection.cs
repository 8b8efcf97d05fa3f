using System.Collections;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// The collection a <c>Collect()</c> gathers for one left tuple. It is also the fact that carries the collection down the
/// network and that fact's source (an aggregate source listing the collection's facts as they are when read), so one
/// object per match holds the elements, their facts and the result.
/// </summary>
internal abstract class Collector : Fact, IFactSource
{
    /// <summary>Gets the fact that carries the collection (the collector itself) once reported, else null.</summary>
    /// <remarks>The collector becomes the source of the fact it is at its first report: that is what marks it reported.</remarks>
    public Fact? Result => Source is null ? null : this;

    /// <summary>
    /// Gets or sets the tuple the aggregate's memory holds for this match and its collection, once asserted: the
    /// aggregate updates and retracts it without looking it up by its parent and fact.
    /// </summary>
    public Tuple? Child { get; set; }

    FactSourceType IFactSource.SourceType => FactSourceType.Aggregate;

    /// <summary>Gets the facts collected, in the order they arrived.</summary>
    public abstract IEnumerable<IFact> Facts { get; }

    public void Add(Aggregation aggregation, Tuple tuple, FactRun facts)
    {
        foreach (Fact fact in facts)
        {
            AddFact(fact);
        }

        Report(aggregation, tuple);
    }

    public void Modify(Aggregation aggregation, Tuple tuple, FactRun facts)
    {
        foreach (Fact fact in facts)
        {
            ModifyFact(fact);
        }

        Report(aggregation, tuple);
    }

    public void Remove(Aggregation aggregation, Tuple tuple, FactRun facts)
    {
        foreach (Fact fact in facts)
        {
            RemoveFact(fact);
        }

        Report(aggregation, tuple);
    }

    protected abstract void AddFact(IFact fact);

    protected abstract void ModifyFact(IFact fact);

    protected abstract void RemoveFact(IFact fact);

    private void Report(Aggregation aggregation, Tuple tuple)
    {
        if (Source is null)
        {
            Source = this;
            aggregation.Add(AggregationAction.Added, tuple, this);
        }
        else
        {
            aggregation.Add(AggregationAction.Modified, tuple, this);
        }
    }
}

/// <summary>
/// The elements a <c>Collect()</c> has gathered for one match, in the order they arrived. The rule sees this very
/// object through every change (as with NRules' runtime); a rule that keeps it past its action sees it change. Each
/// element sits beside its fact in one array; a collection that grows past a few elements also keeps a map from fact to
/// place, so removing one does not search. It is a read-only <see cref="ICollection{T}"/>, so that <c>Count()</c>,
/// <c>ToList()</c> and the like in a rule's action read it without enumerating (the elements are the same as
/// NRules' collection's, which is only enumerable).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class FactCollection<T> : Collector, ICollection<T>, IReadOnlyCollection<T>
{
    private const int MapFrom = 16;
    private Entry[] _entries = [];
    private int _count;
    private Dictionary<IFact, int>? _places;

    public int Count => _count;

    bool ICollection<T>.IsReadOnly => true;

    public override IEnumerable<IFact> Facts
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return _entries[i].Fact;
            }
        }
    }

    protected override void AddFact(IFact fact)
    {
        _places?.Add(fact, _count);
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(4, _count * 2));
        }

        _entries[_count++] = new Entry(fact, (T?)fact.Value);
        if (_places is null && _count >= MapFrom)
        {
            _places = new Dictionary<IFact, int>(_count * 2);
            for (int i = 0; i < _count; i++)
            {
                _places.Add(_entries[i].Fact, i);
            }
        }
    }

    protected override void ModifyFact(IFact fact)
    {
        int at = PlaceOf(fact);
        _entries[at] = new Entry(fact, (T?)fact.Value);
    }

    protected override void RemoveFact(IFact fact)
    {
        int at = PlaceOf(fact);
        _count--;
        Array.Copy(_entries, at + 1, _entries, at, _count - at);
        _entries[_count] = default;
        if (_places is not null)
        {
            _places.Remove(fact);
            for (int i = at; i < _count; i++)
            {
                _places[_entries[i].Fact] = i;
            }
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return _entries[i].Element!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Contains(T item)
    {
        for (int i = 0; i < _count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(_entries[i].Element!, item))
            {
                return true;
            }
        }

        return false;
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _count)
        {
            throw new ArgumentException("The array is too small for the collection's elements.", nameof(array));
        }

        for (int i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = _entries[i].Element!;
        }
    }

    void ICollection<T>.Add(T item) => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("A Collect() result is read-only: the session changes it as facts change.");

    private int PlaceOf(IFact fact)
    {
        if (_places is not null)
        {
            return _places[fact];
        }

        for (int i = 0; i < _count; i++)
        {
            if (Equals(_entries[i].Fact, fact))
            {
                return i;
            }
        }

        throw new KeyNotFoundException("The fact is not in the collection.");
    }

    private readonly record struct Entry(IFact Fact, T? Element);
}
