using System.Runtime.InteropServices;

namespace OshRules.Benchmarks.Engine;

/// <summary>
/// The five rules of <see cref="EngineWorkload"/> written as lean by hand as they go: one pass indexes the exposures and
/// exams by worker id (hash tables of numbers and plain lists, no lookup objects, no LINQ), a second pass joins each
/// worker and makes its conclusions. It is the floor for the engine's scaling on this machine: any engine doing the same
/// work touches at least these tables at random places, and makes at least these conclusions.
/// </summary>
/// <remarks>
/// With <c>checkIdentity</c>, every fact entered and every conclusion made is also added to a set by value equality, as
/// an engine must (a fact equal to one already in working memory is refused), so the figure is comparable with the
/// engine's. The facts may come in any order: the joins never assume the facts of one worker come together.
/// </remarks>
internal static class LeanJoins
{
    /// <summary>The conclusions of the five rules over <paramref name="facts"/>: how many there are.</summary>
    public static int Run(List<object> facts, bool checkIdentity)
    {
        HashSet<object>? seen = checkIdentity ? new HashSet<object>(facts.Count * 2) : null;
        var workers = new List<BenchWorker>();
        var exposures = new List<BenchExposure>();

        // Per worker id: 1 + the index of its last exposure (0: none); each exposure links to the one before it.
        var lastExposure = new Dictionary<int, int>();
        var previousExposure = new List<int>();
        var examCount = new Dictionary<int, int>();
        foreach (object fact in facts)
        {
            if (seen is not null && !seen.Add(fact))
            {
                throw new ArgumentException("A fact appears twice.", nameof(facts));
            }

            switch (fact)
            {
                case BenchWorker w:
                    workers.Add(w);
                    break;
                case BenchExposure e:
                    ref int last = ref CollectionsMarshal.GetValueRefOrAddDefault(lastExposure, e.WorkerId, out _);
                    exposures.Add(e);
                    previousExposure.Add(last - 1);
                    last = exposures.Count;
                    break;
                case BenchExam x:
                    CollectionsMarshal.GetValueRefOrAddDefault(examCount, x.WorkerId, out _)++;
                    break;
            }
        }

        var conclusions = new List<object>();
        void Conclude(object conclusion)
        {
            if (seen is not null && !seen.Add(conclusion))
            {
                throw new InvalidOperationException("A conclusion was made twice.");
            }

            conclusions.Add(conclusion);
        }

        foreach (BenchWorker w in workers)
        {
            bool high = false;
            for (int i = lastExposure.GetValueOrDefault(w.Id) - 1; i >= 0; i = previousExposure[i])
            {
                BenchExposure e = exposures[i];
                if (e.Level >= 3)
                {
                    Conclude(new BenchFlag(w.Id, "exposed " + e.Level));
                }

                high |= e.Level > 4;
            }

            int exams = examCount.GetValueOrDefault(w.Id);
            if (w.Age >= 45 && exams == 0)
            {
                Conclude(new BenchFlag(w.Id, "no exam"));
                if (w.Age > 60)
                {
                    Conclude(new BenchFlag(w.Id, "escalate"));
                }
            }

            if (high)
            {
                Conclude(new BenchFlag(w.Id, "high"));
            }

            Conclude(new BenchCount(w.Id, exams));
        }

        return conclusions.Count;
    }
}
