using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// Listens to one session's events and attributes each conclusion fact to the rule that fired last when it was inserted
/// or updated, with the types of the facts that rule matched.
/// </summary>
/// <remarks>
/// The attribution lasts from a rule's <c>RuleFiringEvent</c> to the next one (or the end of <c>Fire</c>), not just to
/// its <c>RuleFiredEvent</c> (which is therefore not listened to): OshRules.Engine inserts a yielded fact during the
/// action, but NRules queues linked (<c>Yield</c>) facts and propagates them after <c>RuleFiredEvent</c>, before the
/// next rule fires. Both orders are attributed to the right rule this way (checked against NRules 1.0.4 on 2026-11-23).
/// </remarks>
internal sealed class ExplanationTracker
{
    private readonly ISession session;
    private readonly Dictionary<IOshConclusion, (int Order, string Rule, string? Description, string[] Facts)> origins = new(ReferenceEqualityComparer.Instance);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> TypeNames = new();
    private AgendaEventArgs? currentFiring;
    private string? currentRule;
    private string? currentDescription;
    private string[]? currentFacts;
    private int order;

    public ExplanationTracker(ISession session)
    {
        this.session = session;
        session.Events.RuleFiringEvent += OnFiring;
    }

    public string? CurrentRule => currentRule;

    /// <summary>
    /// Starts watching inserted and updated facts. Called just before the session fires: facts inserted before that are
    /// inputs (no rule is firing), so listening to them would only allocate event arguments.
    /// </summary>
    public void WatchFacts()
    {
        session.Events.FactInsertedEvent += OnFactChanged;
        session.Events.FactUpdatedEvent += OnFactChanged;
    }

    public void Detach()
    {
        currentFiring = null;
        currentRule = null;
        currentDescription = null;
        currentFacts = null;
        session.Events.RuleFiringEvent -= OnFiring;
        session.Events.FactInsertedEvent -= OnFactChanged;
        session.Events.FactUpdatedEvent -= OnFactChanged;
    }

    public (IReadOnlyList<IOshConclusion> Conclusions, IReadOnlyList<ConclusionExplanation> Explanations) Collect(ISession finished)
    {
        var present = finished.Query<IOshConclusion>().ToList();
        present.Sort((a, b) => OrderOf(a).CompareTo(OrderOf(b)));
        var explanations = new ConclusionExplanation[present.Count];
        for (var i = 0; i < present.Count; i++)
        {
            var c = present[i];
            explanations[i] = origins.TryGetValue(c, out var o)
                ? new ConclusionExplanation(c, o.Rule, o.Description, o.Facts, c.Basis)
                : new ConclusionExplanation(c, "(inserted as input)", null, [], c.Basis);
        }

        return (present, explanations);
    }

    private int OrderOf(IOshConclusion c) => origins.TryGetValue(c, out var o) ? o.Order : int.MaxValue;

    // The matched fact types are named only when the firing inserts or updates a conclusion (most firings do not),
    // and each type's name is worked out once per process.
    private void OnFiring(object? sender, AgendaEventArgs e)
    {
        currentFiring = e;
        currentRule = e.Rule.Name;
        currentDescription = string.IsNullOrEmpty(e.Rule.Description) ? null : e.Rule.Description;
        currentFacts = null;
    }

    private string[] CurrentFacts()
    {
        if (currentFacts is null)
        {
            var names = new List<string>(4);
            foreach (var f in currentFiring!.Facts)
            {
                names.Add(TypeNames.GetOrAdd(f.Type, FactTypeName));
            }

            currentFacts = [.. names];
        }

        return currentFacts;
    }

    // A collected pattern (Query…Collect) matches a collection: name it after its element type.
    private static string FactTypeName(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type)
            ? element.Name + "[]"
            : type.Name;

    private void OnFactChanged(object? sender, WorkingMemoryEventArgs e)
    {
        if (currentRule is not null && e.Fact.Value is IOshConclusion c)
        {
            origins[c] = (order++, currentRule, currentDescription, CurrentFacts());
        }
    }
}
