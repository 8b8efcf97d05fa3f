using FsCheck.Xunit;
using OshRules.Common;
using OshRules.Law;
using OshRules.Training;

namespace OshRules.Tests.Training;

public sealed class TrainingEngineProperties
{
    private static readonly Citation[] NoBasis = [];

    [Property(MaxTest = 150, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Engine_rules_and_calculators_agree_on_course_conclusions(CourseCase c)
    {
        var asOf = new EvaluationDate(c.AsOf);
        var session = TrainingRulesTests.Run(asOf, TrainingOptions.Default, c.Course, c.Progress);

        var status = CourseCalculator.Status(c.Course, c.Progress, asOf);
        var retake = CourseCalculator.Retake(c.Course, c.Progress, asOf);
        var reset = CourseCalculator.ResetRequired(c.Course, c.Progress, asOf);

        var engineStatus = session.Query<CourseStatus>().Single();
        var engineRetake = session.Query<ExamRetakeState>().Single();
        var engineReset = session.Query<ReadingResetRequired>().SingleOrDefault();

        return Same(engineStatus, status, (x, b) => x with { Basis = b })
            && Same(engineRetake, retake, (x, b) => x with { Basis = b })
            && (reset is null ? engineReset is null : engineReset is not null && Same(engineReset, reset, (x, b) => x with { Basis = b }));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(TrainingArbitraries)])]
    public bool Engine_rules_and_calculators_agree_on_training_obligations(DateOnly asOfDate, int itemSeed, int[] recordSeeds)
    {
        var item = (InServiceItem)(1 + Math.Abs(itemSeed % 13));
        var hired = asOfDate.AddDays(-(Math.Abs(itemSeed % 2000)));
        var profile = new TrainingProfile("W", item, hired);
        var records = (recordSeeds ?? []).Take(12).Select((s, i) => new TrainingRecord(
            "W",
            hired.AddDays(Math.Abs(s % 2500)),
            Math.Abs(s % 7),
            (s & 1) == 0 ? TrainingPurpose.InService : TrainingPurpose.GeneralOnHireOrChange,
            (TrainingDelivery)(1 + Math.Abs(s / 7 % 3))) { RecordId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var asOf = new EvaluationDate(asOfDate);
        var facts = new List<object> { asOf, TrainingOptions.Default, profile };
        facts.AddRange(records);

        var session = TrainingRulesTests.Run([.. facts]);
        var engine = session.Query<TrainingDue>().ToDictionary(d => d.Kind);
        var general = TrainingObligationCalculator.GeneralTraining(profile, records, asOf);
        var inService = TrainingObligationCalculator.InService(profile, records, asOf);

        return engine.Count == 2
            && Same(engine[TrainingDueKind.GeneralOnHireOrChange], general, (x, b) => x with { Basis = b })
            && Same(engine[TrainingDueKind.InService], inService, (x, b) => x with { Basis = b });
    }

    private static bool Same<T>(T engine, T calculator, Func<T, IReadOnlyList<Citation>, T> withBasis)
        where T : IOshConclusion =>
        engine.Basis.SequenceEqual(calculator.Basis) && Equals(withBasis(engine, NoBasis), withBasis(calculator, NoBasis));
}
