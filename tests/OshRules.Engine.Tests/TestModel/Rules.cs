using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace OshRules.Engine.Tests.TestModel;

// Small rules in NRules' DSL, one per element, shared by the behaviour tests.
[Name("Match alias")]
public sealed class MatchAliasRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker, w => w.Age >= 60);
        Then().Yield(ctx => new Due(worker.Id, "age"));
    }
}

public sealed class MatchNoAliasRule : Rule
{
    public override void Define()
    {
        When().Match<Cutoff>(c => c.Year > 2000);
        Then().Do(ctx => ctx.TryInsert(new Counter("cutoff", 1)));
    }
}

public sealed class BaseTypeRule : Rule
{
    public override void Define()
    {
        Person person = default!;
        When().Match(() => person);
        Then().Yield(ctx => new Due(person.Id, "person"));
    }
}

public sealed class InterfaceRule : Rule
{
    public override void Define()
    {
        IHazard hazard = default!;
        When().Match(() => hazard);
        Then().Yield(ctx => new Due(hazard.WorkerId, "hazard"));
    }
}

[Name("Join")]
public sealed class JoinRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id);
        Then().Yield(ctx => new Due(worker.Id, exposure.Hazard));
    }
}

public sealed class GreaterThanJoinRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;
        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.Level > worker.Age);
        Then().Yield(ctx => new Due(worker.Id, exposure.Hazard));
    }
}

public sealed class ExistsRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When()
            .Match(() => worker)
            .Exists<Exposure>(e => e.WorkerId == worker.Id, e => e.Level >= 2);
        Then().Yield(ctx => new Due(worker.Id, "exposed"));
    }
}

[Name("No exam")]
public sealed class NotRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When()
            .Match(() => worker)
            .Not<Exam>(e => e.WorkerId == worker.Id);
        Then().Yield(ctx => new Due(worker.Id, "no exam"));
    }
}

public sealed class AllRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When()
            .Match(() => worker)
            .All<Exposure>(e => e.WorkerId == worker.Id, e => e.Level < 3);
        Then().Yield(ctx => new Due(worker.Id, "all low"));
    }
}

/// <summary>The years of a worker's exams in the order the collection lists them.</summary>
public sealed class ExamYearsRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        IEnumerable<Exam> exams = default!;
        When()
            .Match(() => worker)
            .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id).Collect());
        Then().Yield(ctx => new Due(worker.Id, string.Join(",", exams.Select(e => e.Year))));
    }
}

public sealed class CollectWhereRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        IEnumerable<Exam> exams = default!;
        When()
            .Match(() => worker)
            .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id)
                .Where(e => e.Year >= 2020)
                .Where(e => e.Year != 2022)
                .Collect()
                .Where(es => es.Any()));
        Then().Yield(ctx => new Due(worker.Id, string.Join(",", exams.Select(e => e.Year).Order())));
    }
}

public sealed class QueryNoCollectRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exam exam = default!;
        When()
            .Match(() => worker)
            .Query(() => exam, q => q.Match<Exam>(e => e.WorkerId == worker.Id).Where(e => e.Year > 2020));
        Then().Yield(ctx => new Due(worker.Id, exam.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

public sealed class QueryFromRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        int decade = 0;
        When()
            .Match(() => worker)
            .Query(() => decade, q => q.From(() => worker.Age / 10).Where(d => d >= 6));
        Then().Yield(ctx => new Due(worker.Id, "decade " + decade));
    }
}

public sealed class LetRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Cutoff cutoff = default!;
        int birthYear = 0;
        When()
            .Match(() => cutoff)
            .Match(() => worker)
            .Let(() => birthYear, () => cutoff.Year - worker.Age)
            .Having(() => birthYear < 1970);
        Then().Yield(ctx => new Due(worker.Id, "born " + birthYear));
    }
}

public sealed class HavingRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exam exam = default!;
        When()
            .Match(() => worker)
            .Match(() => exam, e => e.WorkerId == worker.Id)
            .Having(() => exam.Year - worker.Age > 1950);
        Then().Yield(ctx => new Due(worker.Id, "having " + exam.Year));
    }
}

public sealed class OrRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When()
            .Match(() => worker)
            .Or(x => x
                .Exists<Exposure>(e => e.WorkerId == worker.Id, e => e.Level >= 3)
                .And(y => y
                    .Match<Exam>(e => e.WorkerId == worker.Id, e => e.Year < 2000)
                    .Not<Cutoff>()));
        Then().Do(ctx => ctx.TryInsert(new Due(worker.Id, "either")));
    }
}

public sealed class YieldUpdateRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker);
        Then().Yield(ctx => new Counter(worker.Id, 1), (ctx, previous) => new Counter(previous.Name, previous.Value + 1));
    }
}

public sealed class YieldOnIdentifiedRule : Rule
{
    public override void Define()
    {
        IdentifiedEmployee worker = default!;
        When().Match(() => worker, w => w.Age >= 65);
        Then().Yield(ctx => new Due(worker.Id, "65+"));
    }
}

[Name("Chain escalation"), Priority(-1)]
public sealed class ChainRule : Rule
{
    public override void Define()
    {
        Due due = default!;
        When().Match(() => due, d => d.Reason == "no exam");
        Then().Yield(ctx => new Escalation(due.WorkerId));
    }
}

[Name("High priority"), Priority(10)]
public sealed class HighPriorityRule : Rule
{
    public override void Define()
    {
        Cutoff cutoff = default!;
        When().Match(() => cutoff);
        Then().Do(ctx => ctx.Insert(new Counter("high", cutoff.Year)));
    }
}

[Name("Low priority"), Priority(1)]
public sealed class LowPriorityRule : Rule
{
    public override void Define()
    {
        Cutoff cutoff = default!;
        When().Match(() => cutoff);
        Then().Do(ctx => ctx.Insert(new Counter("low", cutoff.Year)));
    }
}

[Name("Counts firings")]
public sealed class RepeatableCountRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.TryInsert(new Counter("seen", 0)));
    }
}

[Name("Counts firings once"), Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class NonRepeatableCountRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.TryInsert(new Counter("seen", 0)));
    }
}

[Name("Throwing condition")]
public sealed class ThrowingConditionRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker, w => 100 / (w.Age - 13) > 0);
        Then().Yield(ctx => new Due(worker.Id, "cond"));
    }
}

[Name("Throwing action")]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => Fail(worker.Age));
    }

    private static void Fail(int age)
    {
        if (age == 13)
        {
            throw new InvalidOperationException("unlucky");
        }
    }
}

[Name("Halting")]
public sealed class HaltRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Then().Do(ctx => ctx.Halt());
    }
}
