using System.Collections.ObjectModel;
using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// Listens to one session's events and attributes each conclusion fact to the rule that fired last when it was inserted
/// or updated, with the types of the facts that rule matched.
/// </summary>
/// <remarks>
/// <para>
/// The attribution lasts from a rule's <c>RuleFiringEvent</c> to the next one (or the end of <c>Fire</c>), not just to
/// its <c>RuleFiredEvent</c> (which is therefore not listened to): OshRules.Engine inserts a yielded fact during the
/// action, but NRules queues linked (<c>Yield</c>) facts and propagates them after <c>RuleFiredEvent</c>, before the
/// next rule fires. Both orders are attributed to the right rule this way (checked against NRules 1.0.4 on 2026-11-23).
/// </para>
/// <para>
/// One tracker per thread is reused from one evaluation to the next (<see cref="Rent"/> / <see cref="Return"/>), so its
/// handlers and its record buffer are allocated once. What a rule's explanation says (name, description, matched fact
/// types) is kept per rule in the rule set's <see cref="OriginCache"/> and reused while the matched types are the same.
/// </para>
/// </remarks>
internal sealed class ExplanationTracker
{
    private const string InputRule = "(inserted as input)";

    // Above this many records, Collect indexes them in a dictionary instead of scanning.
    private const int ScanLimit = 32;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> TypeNames = new();

    [ThreadStatic]
    private static ExplanationTracker? cached;

    private readonly EventHandler<AgendaEventArgs> onFiring;
    private readonly EventHandler<WorkingMemoryEventArgs> onFactChanged;
    private ISession? session;
    private OriginCache? origins;
    private AgendaEventArgs? currentFiring;
    private RuleOrigin? currentOrigin;
    private IOshConclusion[]? currentPremises;
    private Record[] records = new Record[16];
    private int count;
    private bool attached;
    private bool watchingFacts;

    private ExplanationTracker()
    {
        onFiring = OnFiring;
        onFactChanged = OnFactChanged;
    }

    public string? CurrentRule => currentFiring?.Rule.Name;

    /// <summary>A tracker listening to <paramref name="session"/>'s firings: this thread's spare one, or a new one.</summary>
    /// <param name="session">The session to listen to.</param>
    /// <param name="cache">The rule set's cache of rule origins.</param>
    /// <returns>The tracker; give it back with <see cref="Return"/>.</returns>
    public static ExplanationTracker Rent(ISession session, OriginCache cache)
    {
        var tracker = cached ?? new ExplanationTracker();
        cached = null;
        tracker.session = session;
        tracker.origins = cache;
        session.Events.RuleFiringEvent += tracker.onFiring;
        tracker.attached = true;
        return tracker;
    }

    /// <summary>Forgets the session and its conclusions and keeps the tracker for this thread's next evaluation.</summary>
    public void Return()
    {
        Detach();
        if (records.Length > 1024)
        {
            // A very large case: do not keep its buffer alive on this thread.
            records = new Record[16];
        }
        else
        {
            Array.Clear(records, 0, count);
        }

        count = 0;
        session = null;
        origins = null;
        currentFiring = null;
        currentOrigin = null;
        currentPremises = null;
        cached = this;
    }

    /// <summary>
    /// Starts watching inserted and updated facts. Called just before the session fires: facts inserted before that are
    /// inputs (no rule is firing), so listening to them would only allocate event arguments.
    /// </summary>
    public void WatchFacts()
    {
        session!.Events.FactInsertedEvent += onFactChanged;
        session.Events.FactUpdatedEvent += onFactChanged;
        watchingFacts = true;
    }

    private void Detach()
    {
        if (session is null || !attached)
        {
            return;
        }

        attached = false;
        session.Events.RuleFiringEvent -= onFiring;
        if (watchingFacts)
        {
            session.Events.FactInsertedEvent -= onFactChanged;
            session.Events.FactUpdatedEvent -= onFactChanged;
            watchingFacts = false;
        }
    }

    public (IReadOnlyList<IOshConclusion> Conclusions, IReadOnlyList<ConclusionExplanation> Explanations) Collect(ISession finished)
    {
        IEnumerable<IOshConclusion> found = finished.Query<IOshConclusion>(); // NRules returns an IQueryable
        var present = found as IOshConclusion[] ?? found.ToArray();
        if (present.Length == 0)
        {
            return (present, []);
        }

        // A conclusion's place is its last record (the latest insert or update); conclusions without one were inputs.
        var index = count > ScanLimit ? IndexRecords() : null;
        Span<int> keys = present.Length <= 128 ? stackalloc int[present.Length] : new int[present.Length];
        var allRecorded = true;
        for (var i = 0; i < present.Length; i++)
        {
            keys[i] = index is null ? LastRecordOf(present[i]) : index.GetValueOrDefault(present[i], -1);
            allRecorded &= keys[i] >= 0;
        }

        IReadOnlyList<IOshConclusion> conclusions;
        if (allRecorded)
        {
            // Every key is distinct, so any sort gives the one production order.
            keys.Sort(present.AsSpan());
            conclusions = present;
        }
        else
        {
            // Inputs go last, in the order this sort has always left them.
            index ??= IndexRecords();
            var list = new List<IOshConclusion>(present);
            list.Sort((a, b) => OrderOf(index, a).CompareTo(OrderOf(index, b)));
            conclusions = list;
            for (var i = 0; i < list.Count; i++)
            {
                keys[i] = index.GetValueOrDefault(list[i], -1);
            }
        }

        var explanations = new ConclusionExplanation[conclusions.Count];
        for (var i = 0; i < explanations.Length; i++)
        {
            var c = conclusions[i];
            explanations[i] = keys[i] >= 0
                ? new ConclusionExplanation(c, records[keys[i]].Origin.Rule, records[keys[i]].Origin.Description, records[keys[i]].Origin.Facts, c.Basis)
                {
                    Premises = PresentPremises(records[keys[i]].Premises, present, c),
                }
                : new ConclusionExplanation(c, InputRule, null, [], c.Basis);
        }

        return (conclusions, explanations);
    }

    // A premise retracted since it was matched is not in the result: it is left out (there is nothing to point at).
    // A rule that computes its conclusion in a Let reports it among the matched facts: it is not its own premise.
    private static IReadOnlyList<IOshConclusion> PresentPremises(IOshConclusion[] premises, IOshConclusion[] present, IOshConclusion self)
    {
        if (premises.Length == 0)
        {
            return premises;
        }

        var kept = new List<IOshConclusion>(premises.Length);
        foreach (var p in premises)
        {
            if (!ReferenceEquals(p, self) && Contains(present, p))
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    // By reference: two conclusions equal by value are still two conclusions (and no closure is made per premise).
    private static bool Contains(IOshConclusion[] conclusions, IOshConclusion conclusion)
    {
        foreach (var c in conclusions)
        {
            if (ReferenceEquals(c, conclusion))
            {
                return true;
            }
        }

        return false;
    }

    private static int OrderOf(Dictionary<IOshConclusion, int> index, IOshConclusion c) => index.TryGetValue(c, out var i) ? i : int.MaxValue;

    private int LastRecordOf(IOshConclusion c)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(records[i].Conclusion, c))
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<IOshConclusion, int> IndexRecords()
    {
        var index = new Dictionary<IOshConclusion, int>(count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            index[records[i].Conclusion] = i;
        }

        return index;
    }

    private void OnFiring(object? sender, AgendaEventArgs e)
    {
        currentFiring = e;
        currentOrigin = null;
        currentPremises = null;
    }

    private void OnFactChanged(object? sender, WorkingMemoryEventArgs e)
    {
        if (currentFiring is not null && e.Fact.Value is IOshConclusion c)
        {
            if (count == records.Length)
            {
                Array.Resize(ref records, count * 2);
            }

            currentOrigin ??= origins!.For(currentFiring);
            records[count++] = new Record(c, currentOrigin, currentPremises ??= currentOrigin.HasConclusionFacts ? PremisesOf(currentFiring) : []);
        }
    }

    // A collected pattern (Query…Collect) matches a collection: name it after its element type.
    private static string FactTypeName(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type)
            ? element.Name + "[]"
            : type.Name;

    // The conclusions a rule matched one fact at a time; collected patterns (a collection value) are not premises.
    private static IOshConclusion[] PremisesOf(AgendaEventArgs firing)
    {
        var facts = firing.Match.Facts;
        if (facts is not IReadOnlyList<IFactMatch> list)
        {
            return [.. facts.Select(f => f.Value).OfType<IOshConclusion>()];
        }

        // Counted first, so the premises are made as one array of their size.
        var n = 0;
        for (var i = 0; i < list.Count; i++)
        {
            n += list[i].Value is IOshConclusion ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var premises = new IOshConclusion[n];
        n = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Value is IOshConclusion c)
            {
                premises[n++] = c;
            }
        }

        return premises;
    }

    private readonly record struct Record(IOshConclusion Conclusion, RuleOrigin Origin, IOshConclusion[] Premises);

    /// <summary>What an explanation says about the rule that produced a conclusion; shared by the conclusions of a rule.</summary>
    internal sealed class RuleOrigin(string rule, string? description, Type[] types, IReadOnlyList<string> facts, bool isFixed)
    {
        /// <summary>Whether every firing of the rule matches these types (see <see cref="OriginCache"/>).</summary>
        public bool Fixed { get; } = isFixed;

        public string Rule { get; } = rule;

        public string? Description { get; } = description;

        public Type[] Types { get; } = types;

        public IReadOnlyList<string> Facts { get; } = facts;

        /// <summary>Whether the rule matched a conclusion as a single fact, so its firings have premises to record.</summary>
        public bool HasConclusionFacts { get; } = Array.Exists(types, t => typeof(IOshConclusion).IsAssignableFrom(t));
    }

    /// <summary>
    /// A rule set's origins, one per rule (keyed by the rule definition's identity): the last one seen, replaced when a
    /// firing of the rule matched facts of other types. Thread-safe.
    /// </summary>
    /// <remarks>Written against the event arguments' public shape only (it names no engine type), so it compiles against NRules too.</remarks>
    internal sealed class OriginCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<object, RuleOrigin> byRule = new(ReferenceEqualityComparer.Instance);

        public RuleOrigin For(AgendaEventArgs firing)
        {
            var rule = firing.Rule;
            if (byRule.TryGetValue(rule, out var known) && known.Fixed)
            {
                // Every firing of the rule matches these types: the match's facts need not be listed.
                return known;
            }

            var facts = firing.Match.Facts;
            if (known is not null && SameTypes(known.Types, facts, static f => f.Type))
            {
                return known;
            }

            var types = TypesOf(facts, static f => f.Type, static f => f.Declaration.Type, out var isFixed);
            var names = new string[types.Length];
            for (var i = 0; i < types.Length; i++)
            {
                names[i] = TypeNames.GetOrAdd(types[i], FactTypeName);
            }

            var description = rule.Description;
            var origin = new RuleOrigin(rule.Name, string.IsNullOrEmpty(description) ? null : description, types, new ReadOnlyCollection<string>(names), isFixed);
            byRule[rule] = origin;
            return origin;
        }

        private static bool SameTypes<TFact>(Type[] types, IEnumerable<TFact> facts, Func<TFact, Type> typeOf)
        {
            if (facts is IReadOnlyList<TFact> list)
            {
                if (list.Count != types.Length)
                {
                    return false;
                }

                for (var i = 0; i < types.Length; i++)
                {
                    if (typeOf(list[i]) != types[i])
                    {
                        return false;
                    }
                }

                return true;
            }

            var n = 0;
            foreach (var fact in facts)
            {
                if (n >= types.Length || typeOf(fact) != types[n++])
                {
                    return false;
                }
            }

            return n == types.Length;
        }

        // Fixed: every fact's type is its declaration's type, and that type is sealed (a value of it has that type) or
        // abstract or an interface (no value has that type: the slot is reported by its declaration); or the slot is a
        // collected pattern (declared as a collection of T) whose collection is named as its declaration is ("T[]"): the
        // rule's aggregate makes the same kind of collection at every firing. So no firing of the rule can report other
        // names and the facts need not be read again.
        private static Type[] TypesOf<TFact>(IEnumerable<TFact> facts, Func<TFact, Type> typeOf, Func<TFact, Type> declaredTypeOf, out bool isFixed)
        {
            var list = facts as IReadOnlyList<TFact> ?? [.. facts];
            var types = new Type[list.Count];
            isFixed = true;
            for (var i = 0; i < types.Length; i++)
            {
                types[i] = typeOf(list[i]);
                var declared = declaredTypeOf(list[i]);
                isFixed &= types[i] == declared
                    ? types[i].IsSealed || types[i].IsValueType || types[i].IsAbstract
                    : declared.IsInterface && declared.IsGenericType && TypeNames.GetOrAdd(declared, FactTypeName) is var name
                        && name.EndsWith("[]", StringComparison.Ordinal) && TypeNames.GetOrAdd(types[i], FactTypeName) == name;
            }

            return types;
        }
    }
}
