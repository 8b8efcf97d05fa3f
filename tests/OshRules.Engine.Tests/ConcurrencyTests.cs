using System.Collections.Concurrent;
using NRules;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>A session factory is shared by threads; each session is one thread's.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 4;
    private const int SessionsPerThread = 150;

    [Theory, BothRuntimes]
    public void CreateSession_ThreadsSharingOneFactory_GiveTheSameResultsAsSequentialRuns(Runtime runtime)
    {
        ISessionFactory factory = Compiled.From(runtime, typeof(ExposedWithoutExamRule), typeof(ExamCountRule), typeof(EscalationRule));
        var sequential = new Dictionary<string, string>();
        for (int thread = 0; thread < Threads; thread++)
        {
            for (int i = 0; i < SessionsPerThread; i++)
            {
                sequential[$"{thread}-{i}"] = Run(factory, thread, i);
            }
        }

        var parallel = new ConcurrentDictionary<string, string>();
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (int i = 0; i < SessionsPerThread; i++)
            {
                parallel[$"{thread}-{i}"] = Run(factory, thread, i);
            }
        });

        Assert.Equal(sequential.OrderBy(p => p.Key, StringComparer.Ordinal), parallel.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains(sequential.Values, v => v.Contains("Escalation", StringComparison.Ordinal));
        Assert.Contains(sequential.Values, v => !v.Contains("Due", StringComparison.Ordinal));
    }

    /// <summary>One unit of work: its facts depend on the numbers, its result is everything the session fired and holds.</summary>
    private static string Run(ISessionFactory factory, int thread, int i)
    {
        string id = $"{thread}-{i}";
        ISession session = factory.CreateSession();
        List<string> fired = FiringLog.Attach(session);
        session.Insert(new Employee(id, 50 + (i % 20), "u"));
        session.Insert(new Exposure(id, "noise", 1 + (i % 5)));
        if (i % 2 == 0)
        {
            session.Insert(new Exam(id, 2025));
        }

        session.Fire();
        return string.Join("; ", fired) + " | " + string.Join("; ", session.Query<object>());
    }
}
