using NRules;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Linked facts queued by actions for one kind of change, propagated together.</summary>
internal sealed class LinkedFactSet(LinkedFactAction action) : ILinkedFactSet
{
    public LinkedFactAction Action { get; } = action;

    public List<Fact> FactList { get; } = [];

    public IEnumerable<IFact> Facts => FactList;

    public int FactCount => FactList.Count;
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
internal sealed class AgendaView(Agenda agenda) : IAgenda
{
    public bool IsEmpty => agenda.IsEmpty;

    public IMatch Peek() => agenda.Peek();

    public void Clear() => agenda.Clear();

    /// <exception cref="NotSupportedException">Always: agenda filters are not supported by this runtime.</exception>
    public void AddFilter(NRules.AgendaFilters.IAgendaFilter filter) => throw AgendaFilters();

    /// <exception cref="NotSupportedException">Always: agenda filters are not supported by this runtime.</exception>
    public void AddFilter(IRuleDefinition rule, NRules.AgendaFilters.IAgendaFilter filter) => throw AgendaFilters();

    private static NotSupportedException AgendaFilters() =>
        new("OshRules.Engine does not support agenda filters (NRules builds their context internally; IAgenda.AddFilter).");
}
