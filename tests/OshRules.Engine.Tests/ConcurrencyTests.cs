using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

public sealed class ConcurrencyTests
{
    private static readonly ISessionFactory Factory = Compiled.From(typeof(ExposedWithoutExamRule), typeof(ExamCountRule), typeof(EscalationRule));

    [Fact]
    public void CreateSession_EightThreadsSharingOneFactory_GiveIndependentCorrectResults()
    {
        const int perThread = 500;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (int i = 0; i < perThread; i++)
            {
                string id = $"{thread}-{i}";
                ISession session = Factory.CreateSession();
                bool examined = i % 2 == 0;
                session.Insert(new Employee(id, 50 + (i % 20), "u"));
                session.Insert(new Exposure(id, "noise", 1 + (i % 5)));
                if (examined)
                {
                    session.Insert(new Exam(id, 2025));
                }

                session.Fire();

                bool expectDue = !examined && 1 + (i % 5) >= 2;
                bool expectEscalation = expectDue && 50 + (i % 20) > 60;
                if (session.Query<Due>().Any() != expectDue
                    || session.Query<ExamCount>().Single().Count != (examined ? 1 : 0)
                    || session.Query<Escalation>().Any() != expectEscalation)
                {
                    failures.Add(id);
                }
            }
        });

        Assert.Empty(failures);
    }
}
