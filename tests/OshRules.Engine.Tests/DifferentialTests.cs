using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Fluent.Dsl;
using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// The engine against a brute-force evaluator: random insert/update/retract sequences over staff, exposures and
/// exams, then the conclusions of a fixed rule family (join, Not, Exists, Collect, Yield, chaining) must equal
/// what the evaluator computes from the final facts alone.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly ISessionFactory Factory = TestModel.Compiled.From(typeof(DueRule), typeof(CountRule), typeof(EscalateRule), typeof(QuietRule));

    [Property(MaxTest = 300, Arbitrary = [typeof(OpArbitraries)])]
    public void Fire_AnySequenceOfChanges_AgreesWithBruteForce(Op[] ops) => RunAndCompare(Factory.CreateSession(), ops);

    /// <summary>
    /// The same in a working memory grown past <see cref="Rete.WorkingMemory.FilterFrom"/> by facts no rule reads, so every
    /// insert, update and retraction goes through the filter and the entries waiting for their buckets.
    /// </summary>
    [Property(MaxTest = 25, Arbitrary = [typeof(OpArbitraries)])]
    public void Fire_AnySequenceOfChanges_InALargeWorkingMemory_AgreesWithBruteForce(Op[] ops)
    {
        ISession session = Factory.CreateSession();
        session.InsertAll(Enumerable.Range(0, Rete.WorkingMemory.FilterFrom - 1000).Select(i => (object)new Unread(i)));
        Assert.True(((Rete.Session)session).FiltersNewFacts);

        RunAndCompare(session, ops);
    }

    private static void RunAndCompare(ISession session, Op[] ops)
    {
        var staff = new Dictionary<int, Staff>();
        var exposures = new HashSet<Hazard>();
        var exams = new HashSet<Checkup>();

        foreach (Op op in ops)
        {
            Apply(session, op, staff, exposures, exams);
            if (op.FireAfter)
            {
                session.Fire();
                AssertAgrees(session, staff.Values, exposures, exams);
            }
        }

        session.Fire();
        AssertAgrees(session, staff.Values, exposures, exams);
    }

    private static void Apply(ISession session, Op op, Dictionary<int, Staff> staff, HashSet<Hazard> exposures, HashSet<Checkup> exams)
    {
        string id = "w" + op.Worker;
        switch (op.Kind)
        {
            case 0:
            case 1:
                var person = new Staff(id, 55 + (op.A * 4));
                if (staff.ContainsKey(op.Worker))
                {
                    session.Update(person);
                }
                else
                {
                    session.Insert(person);
                }

                staff[op.Worker] = person;
                break;
            case 2:
                if (staff.Remove(op.Worker))
                {
                    session.Retract(new Staff(id, 0));
                }

                break;
            case 3:
            case 4:
                var hazard = new Hazard(id, op.B % 2 == 0 ? "noise" : "heat", op.A + 1);
                Assert.Equal(exposures.Add(hazard), session.TryInsert(hazard));
                break;
            case 5:
                var gone = new Hazard(id, op.B % 2 == 0 ? "noise" : "heat", op.A + 1);
                Assert.Equal(exposures.Remove(gone), session.TryRetract(gone));
                break;
            case 6:
                var exam = new Checkup(id, 2020 + op.A);
                Assert.Equal(exams.Add(exam), session.TryInsert(exam));
                break;
            default:
                var old = new Checkup(id, 2020 + op.A);
                Assert.Equal(exams.Remove(old), session.TryRetract(old));
                break;
        }
    }

    private static void AssertAgrees(ISession session, IEnumerable<Staff> staff, HashSet<Hazard> exposures, HashSet<Checkup> exams)
    {
        var expectedDue = new List<Flag>();
        var expectedCounts = new List<Tally>();
        var expectedEscalations = new List<Flag>();
        var expectedQuiet = new List<Flag>();
        foreach (Staff s in staff)
        {
            bool examined = exams.Any(e => e.WorkerId == s.Id);
            foreach (Hazard h in exposures.Where(h => h.WorkerId == s.Id && h.Level >= 2))
            {
                if (!examined)
                {
                    var due = new Flag(s.Id, $"due {h.Kind}:{h.Level}");
                    expectedDue.Add(due);
                    if (s.Age > 60 && exposures.Any(x => x.WorkerId == s.Id && x.Level >= 4))
                    {
                        expectedEscalations.Add(new Flag(s.Id, "escalate " + due.What));
                    }
                }
            }

            expectedCounts.Add(new Tally(s.Id, exams.Count(e => e.WorkerId == s.Id)));
            if (exposures.Where(h => h.WorkerId == s.Id).All(h => h.Level < 3))
            {
                expectedQuiet.Add(new Flag(s.Id, "quiet"));
            }
        }

        Flag[] flags = [.. session.Query<Flag>()];
        Assert.Equal(Sorted(expectedDue), Sorted(flags.Where(f => f.What.StartsWith("due", StringComparison.Ordinal))));
        Assert.Equal(Sorted(expectedEscalations), Sorted(flags.Where(f => f.What.StartsWith("escalate", StringComparison.Ordinal))));
        Assert.Equal(Sorted(expectedQuiet), Sorted(flags.Where(f => f.What == "quiet")));
        Assert.Equal(expectedCounts.OrderBy(t => t.WorkerId, StringComparer.Ordinal), session.Query<Tally>().OrderBy(t => t.WorkerId, StringComparer.Ordinal));
    }

    private static List<Flag> Sorted(IEnumerable<Flag> flags) =>
        [.. flags.OrderBy(f => f.WorkerId, StringComparer.Ordinal).ThenBy(f => f.What, StringComparer.Ordinal)];

    public sealed record Op(int Kind, int Worker, int A, int B, bool FireAfter);

    public sealed record Staff(string Id, int Age) : IIdentityProvider
    {
        public object GetIdentity() => Id;
    }

    public sealed record Hazard(string WorkerId, string Kind, int Level);

    public sealed record Checkup(string WorkerId, int Year);

    public sealed record Flag(string WorkerId, string What);

    public sealed record Tally(string WorkerId, int Count);

    /// <summary>A fact no rule of the family reads.</summary>
    public sealed record Unread(int Number);

    public static class OpArbitraries
    {
        public static Arbitrary<Op> Op() =>
            Arb.From(
                from kind in Gen.Choose(0, 7)
                from worker in Gen.Choose(0, 3)
                from a in Gen.Choose(0, 4)
                from b in Gen.Choose(0, 3)
                from fire in Gen.Elements(true, false, false)
                select new Op(kind, worker, a, b, fire));
    }

    public sealed class DueRule : Rule
    {
        public override void Define()
        {
            Staff worker = default!;
            Hazard hazard = default!;
            When()
                .Match(() => worker)
                .Match(() => hazard, h => h.WorkerId == worker.Id, h => h.Level >= 2)
                .Not<Checkup>(c => c.WorkerId == worker.Id);
            Then().Yield(ctx => new Flag(worker.Id, $"due {hazard.Kind}:{hazard.Level}"));
        }
    }

    public sealed class CountRule : Rule
    {
        public override void Define()
        {
            Staff worker = default!;
            IEnumerable<Checkup> exams = default!;
            When()
                .Match(() => worker)
                .Query(() => exams, q => q.Match<Checkup>(c => c.WorkerId == worker.Id).Collect());
            Then().Yield(ctx => new Tally(worker.Id, exams.Count()));
        }
    }

    public sealed class EscalateRule : Rule
    {
        public override void Define()
        {
            Flag due = default!;
            Staff worker = default!;
            When()
                .Match(() => due, f => f.What.StartsWith("due", StringComparison.Ordinal))
                .Match(() => worker, w => w.Id == due.WorkerId && w.Age > 60)
                .Exists<Hazard>(h => h.WorkerId == worker.Id, h => h.Level >= 4);
            Then().Yield(ctx => new Flag(worker.Id, "escalate " + due.What));
        }
    }

    public sealed class QuietRule : Rule
    {
        public override void Define()
        {
            Staff worker = default!;
            When()
                .Match(() => worker)
                .All<Hazard>(h => h.WorkerId == worker.Id, h => h.Level < 3);
            Then().Yield(ctx => new Flag(worker.Id, "quiet"));
        }
    }
}
