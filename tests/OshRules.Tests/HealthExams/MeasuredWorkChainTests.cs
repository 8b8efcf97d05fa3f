using OshRules.Evaluation;
using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// HC-6 → HC-4 through the facade: a measurement that makes the work special hazardous schedules the special exams as
/// an explicit assignment would, from the first of the unbroken series of measurements reaching the threshold.
/// </summary>
public sealed class MeasuredWorkChainTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    private static OshResult Evaluate(string asOf, params object[] facts) => Rules.Evaluate(D(asOf), [Worker("1980-01-01", "2010-01-01"), .. facts]);

    private static NoiseMeasurement NoiseOn(string day, double dba) => new(WorkerId, D(day), dba);

    [Theory, Trait("Rule", "HC-6"), Trait("Rule", "HC-4")]
    [InlineData(84.9, false)] // under 85 dBA: not noise work, no special exam
    [InlineData(85.0, true)] // 85 dBA or over (以上): noise work
    public void A_noise_measurement_at_85_dBA_or_over_schedules_the_special_physical_exam(double dba, bool scheduled)
    {
        var result = Evaluate("2026-12-03", NoiseOn("2026-10-01", dba));

        var due = result.All<SpecialExamDue>();

        Assert.Equal(scheduled, Assert.Single(result.All<SpecialHazardClassification>()).IsSpecialHazardous);
        Assert.Equal(scheduled ? 1 : 0, due.Count);
        if (scheduled)
        {
            Assert.Equal((Noise, ExamKind.SpecialPhysical, D("2026-10-01")), (due[0].Hazard, due[0].Kind, due[0].DueDate));
            Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 63), due[0].Status);
        }
    }

    [Theory, Trait("Rule", "HC-6"), Trait("Rule", "HC-4")]
    [InlineData(HazardAgent.Benzene, 1.0, false)] // category 9: over 1 % (超過), benzene by volume
    [InlineData(HazardAgent.Benzene, 1.01, true)]
    [InlineData(HazardAgent.Formaldehyde, 1.0, false)]
    [InlineData(HazardAgent.Formaldehyde, 1.01, true)]
    [InlineData(HazardAgent.OneBromopropane, 5.0, false)] // category 12: over 5 %
    [InlineData(HazardAgent.OneBromopropane, 5.01, true)]
    public void A_mixture_over_its_share_schedules_the_special_exams_of_its_agent(HazardAgent agent, double share, bool scheduled)
    {
        var result = Evaluate("2026-12-03", new MixtureMeasurement(WorkerId, D("2026-11-02"), agent, share));

        var due = result.All<SpecialExamDue>();

        Assert.Equal(scheduled ? [SpecialHazard.Of(agent)] : [], due.Select(d => d.Hazard));
    }

    [Theory, Trait("Rule", "HC-4")]
    [InlineData("2025-10-02", ExamKind.SpecialPeriodic, "2026-10-02")] // a special exam less than a year before: yearly exam
    [InlineData("2025-09-30", ExamKind.SpecialPhysical, "2026-10-01")] // more than a year before: special physical exam
    public void The_exams_follow_the_terms_of_an_assignment_starting_on_the_measurement_day(string lastExam, ExamKind kind, string dueDate)
    {
        var result = Evaluate("2026-12-03", NoiseOn("2026-10-01", 88), Special(lastExam, Noise));

        var due = Assert.Single(result.All<SpecialExamDue>());

        Assert.Equal((kind, D(dueDate)), (due.Kind, due.DueDate));
    }

    [Theory, Trait("Rule", "HC-4"), Trait("Rule", "HC-6")]
    [InlineData(86.0, "2024-02-01", ExamKind.SpecialPeriodic, "2025-06-01")] // unbroken since 2024-02-01: the 2024 exam counts, the yearly one lapsed
    [InlineData(84.0, "2026-02-01", ExamKind.SpecialPhysical, "2026-02-01")] // 2025 under the threshold: the work starts again in 2026
    public void The_work_runs_from_the_first_of_the_unbroken_series_of_measurements_reaching_the_threshold(double in2025, string since, ExamKind kind, string dueDate)
    {
        var result = Evaluate("2026-12-03", NoiseOn("2024-02-01", 88), NoiseOn("2025-02-01", in2025), NoiseOn("2026-02-01", 87), Special("2024-06-01", Noise));

        var due = Assert.Single(result.All<SpecialExamDue>());

        Assert.Equal(D(since), HealthExamCalculator.SpecialWorkFromMeasurements(result.All<SpecialHazardClassification>())!.Since);
        Assert.Equal((kind, D(dueDate)), (due.Kind, due.DueDate));
    }

    [Theory, Trait("Rule", "HC-4"), Trait("Rule", "HC-6")]
    [InlineData(84.9, 0)] // a newer measurement under the threshold ends the work
    [InlineData(85.0, 1)]
    public void The_latest_measurement_decides_whether_the_work_goes_on(double latest, int exams)
    {
        var result = Evaluate("2026-12-03", NoiseOn("2025-03-01", 92), NoiseOn("2026-03-01", latest));

        Assert.Equal(exams, result.All<SpecialExamDue>().Count);
        Assert.Equal(2, result.All<SpecialHazardClassification>().Count);
    }

    [Theory, Trait("Rule", "HC-4"), Trait("Rule", "HC-6")]
    [InlineData(84.0, 0)]
    [InlineData(88.0, 1)] // two workplaces measured the same day: the work reaches the threshold at one of them
    public void On_a_day_with_two_measurements_the_higher_decides(double second, int exams)
    {
        var result = Evaluate("2026-12-03", NoiseOn("2026-03-01", 83), NoiseOn("2026-03-01", second));

        Assert.Equal(exams, result.All<SpecialExamDue>().Count);
    }

    [Theory, Trait("Rule", "HC-4")]
    [InlineData(null, ExamKind.SpecialPhysical, "2020-01-01")] // the assignment is still running: it alone schedules the exam
    [InlineData("2026-02-28", ExamKind.SpecialPhysical, "2026-03-01")] // it ended before the measurement: the measurement schedules
    public void An_explicit_assignment_for_the_same_hazard_is_not_duplicated(string? until, ExamKind kind, string dueDate)
    {
        var assignment = new SpecialHazardAssignment(WorkerId, Noise, D("2020-01-01"), until is null ? null : D(until));

        var result = Evaluate("2026-12-03", assignment, NoiseOn("2026-03-01", 90));

        var due = Assert.Single(result.All<SpecialExamDue>());
        Assert.Equal((kind, D(dueDate)), (due.Kind, due.DueDate));
        Assert.Equal(until is null ? "HC-4 Special examination due" : "HC-4 Special examination due for work classified by measurement", result.ExplanationOf(due).RuleName);
    }

    [Fact, Trait("Rule", "HC-4")]
    public void An_assignment_to_another_hazard_does_not_stop_the_chain()
    {
        var result = Evaluate("2026-12-03", new SpecialHazardAssignment(WorkerId, Dust, D("2020-01-01")), NoiseOn("2026-03-01", 90));

        Assert.Equal([Noise, Dust], result.All<SpecialExamDue>().Select(d => d.Hazard).OrderBy(h => h.Code, StringComparer.Ordinal));
    }

    [Fact, Trait("Rule", "HC-4"), Trait("Rule", "HC-6")]
    public void The_explanation_shows_the_classifying_step_and_the_scheduling_step_each_with_its_article()
    {
        var result = Evaluate("2026-12-03", NoiseOn("2026-10-01", 86), Special("2026-01-10", Noise));
        var due = Assert.Single(result.All<SpecialExamDue>());
        var classification = Assert.Single(result.All<SpecialHazardClassification>());

        var scheduling = result.ExplanationOf(due);
        var classifying = result.ExplanationOf(Assert.Single(scheduling.Premises));

        Assert.Same(classification, classifying.Conclusion);
        Assert.Equal(("HC-4", "HC-6"), (scheduling.RuleId, classifying.RuleId));
        Assert.Contains("勞工健康保護規則第18條第1項 (110.12.22 修正)", scheduling.Citations.Select(c => c.ToChineseString()));
        Assert.Equal("勞工健康保護規則第2條附表一（附表一第二項） (110.12.22 修正)", Assert.Single(classifying.Citations).ToChineseString());
        var text = result.Explain(DisplayLanguage.English);
        Assert.Contains("Rule: HC-6 Noise work classification", text, StringComparison.Ordinal);
        Assert.Contains("Rule: HC-4 Special examination due for work classified by measurement", text, StringComparison.Ordinal);
        Assert.Contains("Drawn from: ", text, StringComparison.Ordinal);
        Assert.Contains("Labour Health Protection Rules, Art. 18(1) (text of 2021-12-22)", text, StringComparison.Ordinal);
    }
}
