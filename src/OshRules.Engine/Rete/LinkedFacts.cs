using NRules;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Linked facts queued by actions for one kind of change, propagated together.</summary>
internal sealed class LinkedFactSet(LinkedFactAction action) : ILinkedFactSet
{
    /// <summary>The largest list <see cref="TryReuse"/> keeps: an activation seldom links more facts.</summary>
    private const int ReusableCapacity = 64;

    public LinkedFactAction Action { get; private set; } = action;

    public ChunkedList<Fact> FactList { get; } = [];

    public IEnumerable<IFact> Facts => FactList;

    public int FactCount => FactList.Count;

    /// <summary>Empties a set no caller was given, for the session's next set; false when it grew too large to keep.</summary>
    public bool TryReuse(LinkedFactAction action)
    {
        if (FactList.Capacity > ReusableCapacity)
        {
            return false;
        }

        FactList.Clear();
        Action = action;
        return true;
    }
}

/// <summary>The facts a batch operation could not apply.</summary>
internal sealed class FactResult(IReadOnlyCollection<object> failed) : IFactResult
{
    /// <summary>The result of a batch where nothing failed: shared, as it says nothing else.</summary>
    public static readonly FactResult None = new(Array.Empty<object>());

    public int FailedCount => failed.Count;

    public IReadOnlyCollection<object> Failed => failed;
}

/// <summary>The agenda as NRules' <see cref="IAgenda"/> shows it.</summary>
internal sealed class AgendaView(Session session) : IAgenda
{
    public bool IsEmpty => Agenda.IsEmpty;

    // The agenda goes back to the factory with the session's memories: a view kept past Dispose must not reach the next session's.
    private Agenda Agenda => session.IsDisposed ? throw new ObjectDisposedException(nameof(Session)) : session.Agenda;

    public IMatch Peek() => Agenda.Peek();

    public void Clear() => Agenda.Clear();

    /// <exception cref="NotSupportedException">Always: agenda filters are not supported by this runtime.</exception>
    public void AddFilter(NRules.AgendaFilters.IAgendaFilter filter) => throw AgendaFilters();

    /// <exception cref="NotSupportedException">Always: agenda filters are not supported by this runtime.</exception>
    public void AddFilter(IRuleDefinition rule, NRules.AgendaFilters.IAgendaFilter filter) => throw AgendaFilters();

    private static NotSupportedException AgendaFilters() =>
        new("OshRules.Engine does not support agenda filters (NRules builds their context internally; IAgenda.AddFilter).");
}
