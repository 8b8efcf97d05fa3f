using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace OshRules.Benchmarks.Engine;

// A workload shaped like the OSH rules: workers, exposures, exams; five join rules (join, Not, Exists, Collect, chaining).
public sealed record BenchWorker(int Id, int Age);

public sealed record BenchExposure(int WorkerId, int Level);

public sealed record BenchExam(int WorkerId, int Year);

public sealed record BenchFlag(int WorkerId, string What);

public sealed record BenchCount(int WorkerId, int Count);

public sealed class BenchExposedRule : Rule
{
    public override void Define()
    {
        BenchWorker w = default!;
        BenchExposure e = default!;
        When().Match(() => w).Match(() => e, x => x.WorkerId == w.Id, x => x.Level >= 3);
        Then().Yield(ctx => new BenchFlag(w.Id, "exposed " + e.Level));
    }
}

public sealed class BenchNoExamRule : Rule
{
    public override void Define()
    {
        BenchWorker w = default!;
        When().Match(() => w, x => x.Age >= 45).Not<BenchExam>(x => x.WorkerId == w.Id);
        Then().Yield(ctx => new BenchFlag(w.Id, "no exam"));
    }
}

public sealed class BenchHighExposureRule : Rule
{
    public override void Define()
    {
        BenchWorker w = default!;
        When().Match(() => w).Exists<BenchExposure>(x => x.WorkerId == w.Id && x.Level > 4);
        Then().Yield(ctx => new BenchFlag(w.Id, "high"));
    }
}

public sealed class BenchExamCountRule : Rule
{
    public override void Define()
    {
        BenchWorker w = default!;
        IEnumerable<BenchExam> exams = default!;
        When().Match(() => w).Query(() => exams, q => q.Match<BenchExam>(x => x.WorkerId == w.Id).Collect());
        Then().Yield(ctx => new BenchCount(w.Id, exams.Count()));
    }
}

public sealed class BenchEscalationRule : Rule
{
    public override void Define()
    {
        BenchFlag f = default!;
        BenchWorker w = default!;
        When().Match(() => f, x => x.What == "no exam").Match(() => w, x => x.Id == f.WorkerId, x => x.Age > 60);
        Then().Yield(ctx => new BenchFlag(w.Id, "escalate"));
    }
}

internal static class EngineWorkload
{
    public static readonly Type[] RuleTypes =
        [typeof(BenchExposedRule), typeof(BenchNoExamRule), typeof(BenchHighExposureRule), typeof(BenchExamCountRule), typeof(BenchEscalationRule)];

    /// <summary>The five rules on both runtimes, checked to draw the same conclusions from a session of 2,000 workers.</summary>
    public static BothRuntimes Compile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(RuleTypes));
        var runtimes = BothRuntimes.Compile(repository);
        var facts = Facts(2_000);
        runtimes.CheckAgree(factory => InsertAllAndFire(factory, facts), "five join rules, 2,000 workers");
        return runtimes;
    }

    /// <summary>n workers, n exposures, n/3 exams.</summary>
    public static List<object> Facts(int n)
    {
        var facts = new List<object>((2 * n) + (n / 3) + 1);
        for (int i = 0; i < n; i++)
        {
            facts.Add(new BenchWorker(i, 20 + (i % 50)));
            facts.Add(new BenchExposure(i, i % 7));
            if (i % 3 == 0)
            {
                facts.Add(new BenchExam(i, 2020 + (i % 6)));
            }
        }

        return facts;
    }

    /// <summary>One session holding every fact: InsertAll, then Fire.</summary>
    /// <returns>The number of rules fired.</returns>
    public static int InsertAllAndFire(ISessionFactory factory, List<object> facts)
    {
        ISession session = factory.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }
}
