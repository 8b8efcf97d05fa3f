using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// Every conclusion drawn from one input fact names it: the fact itself (<c>Source</c>) and the key the caller gave it
/// (<c>SourceId</c>), so two facts of one kind give two conclusions the caller can tell apart.
/// </summary>
public sealed class SourceFactTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();
    private static readonly DateOnly AsOf = new(2026, 12, 3);
    private static readonly SpecialHazard Noise = new(HazardCategory.Noise);

    private static Worker Worker() => new("W-1", new DateOnly(1988, 4, 2), Sex.Female, new DateOnly(2012, 9, 1));

    [Theory, Trait("Rule", "MAT-3"), Trait("Rule", "MAT-2")]
    [InlineData(82.0, 82.0)] // two workplaces measured alike: two facts because their keys differ
    [InlineData(78.0, 86.0)]
    public void Two_noise_exposures_of_one_worker_give_two_findings_each_naming_its_exposure(double first, double second)
    {
        var a = new NoiseExposure("W-1", first) { Id = "workshop-A" };
        var b = new NoiseExposure("W-1", second) { Id = "workshop-B" };

        var result = Rules.Evaluate(AsOf, [new MaternalStatus("W-1", employerNotifiedOn: new DateOnly(2026, 10, 1)), a, b]);

        var findings = result.All<HazardFinding>().OrderBy(f => f.SourceId, StringComparer.Ordinal).ToList();
        Assert.Equal(["workshop-A", "workshop-B"], findings.Select(f => f.SourceId));
        Assert.Same(a, findings[0].Source);
        Assert.Same(b, findings[1].Source);
    }

    [Fact, Trait("Rule", "MAT-3")]
    public void Without_keys_the_finding_still_names_its_exposure_itself()
    {
        var a = new NoiseExposure("W-1", 78);
        var b = new NoiseExposure("W-1", 86);

        var result = Rules.Evaluate(AsOf, [new MaternalStatus("W-1", employerNotifiedOn: new DateOnly(2026, 10, 1)), a, b]);

        var findings = result.All<HazardFinding>();
        Assert.Equal(2, findings.Count);
        Assert.Equal(RiskTier.Tier1, findings.Single(f => ReferenceEquals(f.Source, a)).Tier);
        Assert.Equal(RiskTier.Tier3, findings.Single(f => ReferenceEquals(f.Source, b)).Tier);
        Assert.All(findings, f => Assert.Null(f.SourceId));
    }

    [Fact, Trait("Rule", "HC-6"), Trait("Rule", "HC-4")]
    public void Two_measurements_of_one_day_give_two_classifications_and_one_exam_naming_the_deciding_one()
    {
        var a = new NoiseMeasurement("W-1", new DateOnly(2026, 5, 4), 88) { Id = "M-A" };
        var b = new NoiseMeasurement("W-1", new DateOnly(2026, 5, 4), 88) { Id = "M-B" };

        var result = Rules.Evaluate(AsOf, [Worker(), a, b]);

        Assert.Equal(["M-A", "M-B"], result.All<SpecialHazardClassification>().Select(c => c.SourceId).Order(StringComparer.Ordinal));
        var due = Assert.Single(result.All<SpecialExamDue>());
        Assert.Equal("M-B", due.SourceId); // equal values of one day: the greater key decides
        Assert.Same(b, due.Source);
        Assert.Equal(new DateOnly(2026, 5, 4), due.WorkSince);
    }

    [Fact, Trait("Rule", "HC-4")]
    public void Two_assignments_to_one_hazard_give_two_exams_each_naming_its_assignment()
    {
        var first = new SpecialHazardAssignment("W-1", Noise, new DateOnly(2024, 1, 1)) { Id = "job-1" };
        var second = new SpecialHazardAssignment("W-1", Noise, new DateOnly(2026, 2, 1)) { Id = "job-2" };

        var result = Rules.Evaluate(AsOf, [Worker(), first, second]);

        var due = result.All<SpecialExamDue>().OrderBy(d => d.SourceId, StringComparer.Ordinal).ToList();
        Assert.Equal([("job-1", new DateOnly(2024, 1, 1)), ("job-2", new DateOnly(2026, 2, 1))], due.Select(d => (d.SourceId!, d.WorkSince!.Value)));
        Assert.Same(second, due[1].Source);
    }

    [Fact, Trait("Rule", "HC-5"), Trait("Rule", "HC-8")]
    public void Conclusions_drawn_from_one_exam_record_name_it()
    {
        var graded = new ExamRecord("W-1", ExamKind.SpecialPeriodic, new DateOnly(2026, 3, 1), Noise, findings: new ExamFindings(OverallJudgement.Abnormal, WorkRelation.Related)) { Id = "EX-7" };
        var unfit = new ExamRecord("W-1", ExamKind.PeriodicGeneral, new DateOnly(2026, 4, 1), fitness: WorkFitness.CannotContinueWork) { Id = "EX-8" };

        var result = Rules.Evaluate(AsOf, [new Worker("W-1", new DateOnly(1970, 1, 1), Sex.Female, new DateOnly(2000, 1, 1)), graded, unfit]);

        Assert.Same(graded, Assert.Single(result.All<ManagementLevelGrade>()).Source);
        Assert.Equal(["EX-7", "EX-8"], result.All<ManagementFollowUp>().Select(f => f.SourceId!).Order(StringComparer.Ordinal));
        Assert.Equal(["EX-7", "EX-8"], result.All<ExamRecordRetention>().Select(r => r.SourceId!).Order(StringComparer.Ordinal));
        Assert.All(result.All<ExamRecordRetention>(), r => Assert.Equal(r.SourceId, ((ExamRecord)r.Source!).Id));
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Statuses_of_two_workers_give_two_period_conclusions_each_naming_its_status()
    {
        // One status per worker (a second is a contradiction the facade refuses): two workers, two statuses.
        var earlier = new MaternalStatus("W-1", deliveredOn: new DateOnly(2023, 5, 1)) { Id = "first" };
        var current = new MaternalStatus("W-2", employerNotifiedOn: new DateOnly(2026, 9, 1)) { Id = "second" };

        var result = Rules.Evaluate(AsOf, [earlier, current]);

        var periods = result.All<ProtectionPeriodStatus>().OrderBy(p => p.SourceId, StringComparer.Ordinal).ToList();
        Assert.Equal([("first", false), ("second", true)], periods.Select(p => (p.SourceId!, p.IsProtected)));
        Assert.Same(earlier, periods[0].Source);
        Assert.Same(current, periods[1].Source);
    }

    [Fact, Trait("Rule", "MAT-3")]
    public void The_key_is_written_to_JSON_and_the_fact_is_not()
    {
        var result = Rules.Evaluate(AsOf, [new MaternalStatus("W-1", employerNotifiedOn: new DateOnly(2026, 10, 1)), new NoiseExposure("W-1", 86) { Id = "workshop-B" }]);
        var finding = result.Get<HazardFinding>()!;

        var json = OshJson.Serialize(finding);
        var back = (HazardFinding)OshJson.DeserializeConclusion(json);

        Assert.Contains("\"sourceId\":\"workshop-B\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"source\"", json, StringComparison.Ordinal);
        Assert.Equal("workshop-B", back.SourceId);
        Assert.Null(back.Source);
    }

    [Theory, Trait("Rule", "HC-6")]
    [InlineData(" ", "NoiseMeasurement.Id: must not be empty (rule HC-6).")]
    [InlineData("", "NoiseMeasurement.Id: must not be empty (rule HC-6).")]
    public void A_blank_key_is_refused(string id, string message) =>
        Assert.Equal(message, Assert.Throws<OshValidationException>(() => new NoiseMeasurement("W-1", AsOf, 80) { Id = id }).Message);
}
