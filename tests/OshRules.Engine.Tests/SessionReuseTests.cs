using NRules;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// OshRules.Engine's sessions are disposable (NRules' are not): a disposed session's memories, emptied, go to its
/// factory's next session. A disposed session must refuse to be used, and a session that reuses its memories must be
/// as a fresh one.
/// </summary>
public sealed class SessionReuseTests
{
    [Fact]
    public void A_disposed_session_refuses_every_operation_with_ObjectDisposedException()
    {
        ISession session = Compiled.Session(Runtime.Engine, typeof(JoinRule));
        session.Insert(new Employee("a", 60, "u"));
        var disposable = Assert.IsAssignableFrom<IDisposable>(session);

        disposable.Dispose();
        disposable.Dispose(); // a second Dispose does nothing

        Assert.Throws<ObjectDisposedException>(() => session.Insert(new Employee("b", 60, "u")));
        Assert.Throws<ObjectDisposedException>(() => session.TryInsertAll([new Employee("b", 60, "u")], BatchOptions.SkipFailed));
        Assert.Throws<ObjectDisposedException>(() => session.Update(new Employee("a", 61, "u")));
        Assert.Throws<ObjectDisposedException>(() => session.Retract(new Employee("a", 60, "u")));
        Assert.Throws<ObjectDisposedException>(() => session.Fire());
        Assert.Throws<ObjectDisposedException>(() => session.Query<Employee>());
        Assert.Throws<ObjectDisposedException>(() => session.PropagateLinked());
    }

    [Fact]
    public void An_agenda_taken_before_Dispose_refuses_afterwards_and_the_next_session_starts_with_an_empty_agenda()
    {
        ISessionFactory factory = Compiled.From(Runtime.Engine, typeof(JoinRule));
        ISession earlier = factory.CreateSession();
        earlier.InsertAll([new Employee("a", 60, "u"), new Exposure("a", "noise", 90)]);
        NRules.IAgenda agenda = earlier.Agenda;
        Assert.False(agenda.IsEmpty); // a match waits, unfired, when the session is disposed

        ((IDisposable)earlier).Dispose();

        Assert.Throws<ObjectDisposedException>(() => agenda.IsEmpty);
        Assert.Throws<ObjectDisposedException>(() => agenda.Peek());
        Assert.Throws<ObjectDisposedException>(() => agenda.Clear());
        ISession next = factory.CreateSession(); // takes the disposed session's memories and agenda
        Assert.True(next.Agenda.IsEmpty);
        Assert.Equal(0, next.Fire());
        next.InsertAll([new Employee("b", 60, "u"), new Exposure("b", "lead", 50)]);
        Assert.Equal(1, next.Fire());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)] // past the size from which memories keep hash indexes
    [InlineData(200)] // past the size a reused memory may have: it is dropped, not kept
    public void A_session_after_a_disposed_one_sees_and_joins_only_its_own_facts(int earlierWorkers)
    {
        ISessionFactory factory = Compiled.From(Runtime.Engine, typeof(JoinRule));
        ISession earlier = factory.CreateSession();
        for (int i = 0; i < earlierWorkers; i++)
        {
            earlier.Insert(new Employee($"w{i}", 60, "u"));
            earlier.Insert(new Exposure($"w{i}", "noise", 90));
            earlier.Insert(new Exposure("x", $"h{i}", 90)); // would join the next session's worker, were it kept
        }

        Assert.Equal(earlierWorkers, earlier.Fire());
        ((IDisposable)earlier).Dispose();

        ISession next = factory.CreateSession();
        List<string> fired = FiringLog.Attach(next);
        next.InsertAll([new Employee("x", 60, "u"), new Exposure("x", "lead", 50)]);
        next.Fire();

        ISession fresh = Compiled.Session(Runtime.NRules, typeof(JoinRule));
        List<string> expected = FiringLog.Attach(fresh);
        fresh.InsertAll([new Employee("x", 60, "u"), new Exposure("x", "lead", 50)]);
        fresh.Fire();

        Assert.Equal(expected, fired);
        Assert.Equal(fresh.Query<object>().Select(f => f.ToString()), next.Query<object>().Select(f => f.ToString()));
    }

    [Fact]
    public void Sessions_disposed_on_several_threads_at_once_leave_each_thread_its_own_results()
    {
        ISessionFactory factory = Compiled.From(Runtime.Engine, typeof(JoinRule));
        int[] results = new int[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            for (int round = 0; round < 200; round++)
            {
                ISession session = factory.CreateSession();
                for (int i = 0; i <= t; i++)
                {
                    session.Insert(new Employee($"t{t}w{i}", 60, "u"));
                    session.Insert(new Exposure($"t{t}w{i}", "noise", 90));
                }

                int fired = session.Fire();
                if (fired != t + 1 || session.Query<Due>().Count() != t + 1)
                {
                    results[t] = -1;
                    return;
                }

                ((IDisposable)session).Dispose();
            }

            results[t] = 1;
        });

        Assert.All(results, r => Assert.Equal(1, r));
    }
}
