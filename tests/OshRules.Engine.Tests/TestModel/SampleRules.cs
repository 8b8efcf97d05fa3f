using NRules.Fluent.Dsl;

namespace OshRules.Engine.Tests.TestModel;

public static class SampleTags
{
    public const string Core = "core";
}

[Name("S-1 Exposed worker without exam is due"), Tag(SampleTags.Core)]
public sealed class ExposedWithoutExamRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        Exposure exposure = default!;

        When()
            .Match(() => worker)
            .Match(() => exposure, e => e.WorkerId == worker.Id, e => e.Level >= 2)
            .Not<Exam>(x => x.WorkerId == worker.Id);
        Then()
            .Yield(ctx => new Due(worker.Id, exposure.Hazard));
    }
}

[Name("S-2 Exam count"), Tag(SampleTags.Core)]
public sealed class ExamCountRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        IEnumerable<Exam> exams = default!;

        When()
            .Match(() => worker)
            .Query(() => exams, q => q.Match<Exam>(e => e.WorkerId == worker.Id).Collect());
        Then()
            .Yield(ctx => new ExamCount(worker.Id, exams.Count()));
    }
}

[Name("S-3 Escalate due workers over 60"), Tag(SampleTags.Core)]
public sealed class EscalationRule : Rule
{
    public override void Define()
    {
        Due due = default!;
        Employee worker = default!;

        When()
            .Match(() => due)
            .Match(() => worker, w => w.Id == due.WorkerId, w => w.Age > 60)
            .Exists<Exposure>(e => e.WorkerId == worker.Id);
        Then()
            .Do(ctx => ctx.TryInsert(new Escalation(worker.Id)));
    }
}
