using OshRules.Common;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation;

/// <summary>
/// Checks the facts of one case before they enter a session, so that no conclusion rests on a contradiction or on a
/// fact that belongs to nobody:
/// <list type="bullet">
/// <item>facts the facade inserts itself (the evaluation date, family options) may not be passed;</item>
/// <item>a fact that must be unique (<see cref="CaseFactKind"/>) may not come twice with different values (equal ones
/// count once);</item>
/// <item>every fact that names a worker must name one of the case's workers: those of its <see cref="Worker"/> facts,
/// or, in a case without any, those named by its subject facts (a questionnaire, a maternal status, a course's
/// progress, …); a course's progress must name a course of the case;</item>
/// <item>a worker holds at most <see cref="OshCase.MaxFactsPerWorkerAndKind"/> facts of one kind.</item>
/// </list>
/// </summary>
internal static class CaseFactGuard
{
    private const string Rule = "case facts";

    [ThreadStatic]
    private static Scratch? scratch;

    public static void Check(IReadOnlyList<object> facts)
    {
        var s = scratch ??= new Scratch();
        try
        {
            Collect(facts, s);
            Verify(s);
        }
        finally
        {
            s.Clear();
        }
    }

    private static void Collect(IReadOnlyList<object> facts, Scratch s)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            switch (fact)
            {
                case EvaluationDate:
                    throw new OshValidationException("facts", "evaluation date", "must not contain an EvaluationDate: the date is the asOf argument");
                case HealthExamOptions or MaternalOptions or TrainingOptions:
                    throw new OshValidationException("facts", "options", $"must not contain {fact.GetType().Name}: family options are set through OshRulesOptions");
            }

            if (!CaseFactKind.ByType.TryGetValue(fact.GetType(), out var kind))
            {
                continue;
            }

            var key = kind.Key(fact);
            s.Entries.Add(new Entry(kind, fact, key));
            switch (kind.Role)
            {
                case CaseFactRole.Worker:
                    s.Workers.Add(key);
                    break;
                case CaseFactRole.Subject:
                    s.Subjects.Add(key);
                    break;
                case CaseFactRole.None when fact is Course:
                    s.Courses.Add(key);
                    break;
            }
        }
    }

    private static void Verify(Scratch s)
    {
        var workers = s.Workers.Count > 0 ? s.Workers : s.Subjects;
        foreach (var (kind, fact, key) in s.Entries)
        {
            if (kind.UniqueWithin?.Invoke(fact) is { } within
                && !s.Unique.TryAdd(new UniqueKey(kind, key, within), fact, out var first)
                && !first.Equals(fact))
            {
                throw new OshValidationException(kind.UniqueField, kind.UniqueRule, kind.UniqueProblem);
            }

            if (kind.Role is CaseFactRole.Subject or CaseFactRole.Dependent && !workers.Contains(key))
            {
                throw new OshValidationException(kind.KeyField, Rule, "names a worker the case does not contain");
            }

            if (fact is CourseProgress p && !s.Courses.Contains(p.CourseId))
            {
                throw new OshValidationException("CourseProgress.CourseId", Rule, "names a course the case does not contain");
            }
        }

        // Only a case longer than the bound can break it.
        if (s.Entries.Count > OshCase.MaxFactsPerWorkerAndKind)
        {
            var counts = new Dictionary<(CaseFactKind, string), int>();
            foreach (var (kind, _, key) in s.Entries)
            {
                var n = counts[(kind, key)] = counts.GetValueOrDefault((kind, key)) + 1;
                if (n > OshCase.MaxFactsPerWorkerAndKind)
                {
                    throw new OshValidationException(kind.KeyField, Rule, $"must be at most {OshCase.MaxFactsPerWorkerAndKind} facts of one kind per worker");
                }
            }
        }
    }

    private readonly record struct Entry(CaseFactKind Kind, object Fact, string Key);

    private readonly record struct UniqueKey(CaseFactKind Kind, string Key, string Within);

    /// <summary>Per-thread lists reused from case to case, so checking a small case allocates nothing.</summary>
    private sealed class Scratch
    {
        public List<Entry> Entries { get; } = [];

        public KeyMap<string> Workers { get; } = new();

        public KeyMap<string> Subjects { get; } = new();

        public KeyMap<string> Courses { get; } = new();

        public KeyMap<UniqueKey> Unique { get; } = new();

        public void Clear()
        {
            // A very large case would otherwise keep its capacity (and the clearing cost) for the thread's life.
            if (Entries.Capacity > 4096)
            {
                Entries.Capacity = 0;
            }

            Entries.Clear();
            Workers.Clear();
            Subjects.Clear();
            Courses.Clear();
            Unique.Clear();
        }
    }

    /// <summary>A set of keys with a value each: a short list searched in order (the usual case of a few facts), a hash table past it.</summary>
    private sealed class KeyMap<TKey>
        where TKey : IEquatable<TKey>
    {
        private const int ListUpTo = 16;
        private readonly List<KeyValuePair<TKey, object?>> list = [];
        private Dictionary<TKey, object?>? table;

        public int Count => table?.Count ?? list.Count;

        public void Add(TKey key) => TryAdd(key, null, out _);

        public bool Contains(TKey key)
        {
            if (table is not null)
            {
                return table.ContainsKey(key);
            }

            foreach (var kv in list)
            {
                if (kv.Key.Equals(key))
                {
                    return true;
                }
            }

            return false;
        }

        public bool TryAdd(TKey key, object? value, out object existing)
        {
            existing = null!;
            if (table is null)
            {
                foreach (var kv in list)
                {
                    if (kv.Key.Equals(key))
                    {
                        existing = kv.Value!;
                        return false;
                    }
                }

                if (list.Count < ListUpTo)
                {
                    list.Add(new(key, value));
                    return true;
                }

                table = new Dictionary<TKey, object?>(list);
            }

            if (table.TryGetValue(key, out var found))
            {
                existing = found!;
                return false;
            }

            table.Add(key, value);
            return true;
        }

        public void Clear()
        {
            list.Clear();
            table = null;
        }
    }
}
