using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;
using static OshRules.Tests.Evaluation.EvaluationFixtures;

namespace OshRules.Tests.Evaluation;

public sealed class OshRuleSetTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    [Fact]
    public void One_worker_gets_conclusions_from_all_four_families()
    {
        var result = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies());

        Assert.True(result.IsValid);
        var due = result.Get<PeriodicGeneralExamDue>()!;
        Assert.Equal(new DateOnly(2026, 11, 24), due.DueDate); // turns 40 on 2026-11-24: the 3-year interval applies from then
        Assert.Equal(NmqGradeLevel.LightYellow, result.Get<NmqGrade>()!.Level);
        Assert.Equal(RiskTier.Tier3, result.Get<MaternalRiskAssessment>()!.OverallTier); // 12 kg intermittent while pregnant ≥ 10 kg
        Assert.True(result.Get<CourseStatus>()!.IsPassed);
        Assert.All(result.Conclusions, c => Assert.NotEmpty(c.Basis));
    }

    [Fact]
    public void Every_conclusion_is_explained_by_the_rule_that_produced_it()
    {
        var result = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies());

        Assert.Equal(result.Conclusions.Count, result.Explanations.Count);
        foreach (var e in result.Explanations)
        {
            var expectedPrefix = e.Conclusion switch
            {
                PeriodicGeneralExamDue or HireExamRequired or ExamRecordRetention or SpecialExamDue => "HC-",
                NmqGrade or ImprovementTask => "NMQ-",
                HazardFinding or MaternalRiskAssessment or ProtectionPeriodStatus or MaternalProgrammeDuty => "MAT-",
                _ => "EDU-",
            };
            Assert.StartsWith(expectedPrefix, e.RuleName, StringComparison.Ordinal);
            Assert.NotEmpty(e.MatchedFacts);
            Assert.Equal(e.Conclusion.Basis, e.Citations);
        }

        var grade = result.ExplanationOf(result.Get<NmqGrade>()!);
        Assert.Equal("NMQ-3", grade.RuleId);
        Assert.Contains("NmqQuestionnaire", grade.MatchedFacts);
        var periodic = result.ExplanationOf(result.Get<PeriodicGeneralExamDue>()!);
        Assert.Contains("ExamRecord[]", periodic.MatchedFacts);
    }

    [Fact, Trait("Rule", "NMQ-4")]
    public void A_chained_conclusion_names_the_conclusion_it_was_drawn_from()
    {
        var result = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies());
        var task = result.Get<ImprovementTask>()!;
        var grade = result.Get<NmqGrade>()!;

        var explained = result.ExplanationOf(task);

        Assert.Same(grade, Assert.Single(explained.Premises));
        Assert.Equal("NMQ-4", explained.RuleId);
        Assert.Equal("NMQ-3", result.ExplanationOf(grade).RuleId);
        Assert.Empty(result.ExplanationOf(grade).Premises); // drawn from input facts only
        Assert.Contains("  推論自: 肌肉骨骼傷病危害等級 — NMQ-3 ", result.Explain(DisplayLanguage.ZhTw), StringComparison.Ordinal);
        Assert.Contains("  Drawn from: NMQ hazard grade — NMQ-3 ", result.Explain(DisplayLanguage.English), StringComparison.Ordinal);

        var back = OshJson.DeserializeResult(OshJson.Serialize(result));
        var backTask = back.Conclusions[result.Conclusions.ToList().IndexOf(task)];
        Assert.Same(back.Conclusions[result.Conclusions.ToList().IndexOf(grade)], Assert.Single(back.ExplanationOf(backTask).Premises));
    }

    [Fact, Trait("Rule", "HC-1")]
    public void A_conclusion_a_rule_computes_in_a_Let_is_not_its_own_premise()
    {
        var result = Rules.Evaluate(AsOf, [new Worker("W", new DateOnly(1990, 1, 1), Sex.Male, new DateOnly(2026, 3, 1)), new ExamRecord("W", ExamKind.PeriodicGeneral, new DateOnly(2022, 3, 1))]);

        var exempt = result.Get<HireExamExempt>()!;

        Assert.Contains("HireExamExempt", result.ExplanationOf(exempt).MatchedFacts); // the Let binding is reported as matched
        Assert.Empty(result.ExplanationOf(exempt).Premises);
    }

    [Fact]
    public void Explanations_print_in_Chinese_and_in_English_with_citations()
    {
        var result = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies("W-9"));

        var zh = result.Explain(DisplayLanguage.ZhTw);
        var en = result.Explain(DisplayLanguage.English);

        Assert.StartsWith("案例 ，評估基準日 2026-11-23", zh, StringComparison.Ordinal);
        Assert.Contains("規則: HC-2 Periodic general health examination due", zh, StringComparison.Ordinal);
        Assert.Contains("法源依據: 勞工健康保護規則第17條第1項第2款 (110.12.22 修正)", zh, StringComparison.Ordinal);
        Assert.Contains("Legal basis: Labour Health Protection Rules, Art. 17(1)(ii) (text of 2021-12-22)", en, StringComparison.Ordinal);
        Assert.DoesNotContain("W-9", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("W-9", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_with_invalid_rows_yields_one_result_per_case_in_order_with_the_errors_named()
    {
        var cases = new List<OshCase>();
        for (var i = 0; i < 50; i++)
        {
            var id = $"W{i:000}";
            cases.Add(i % 10 == 3
                ? OshCase.Deferred(id, () => [new Worker(id, new DateOnly(1990, 1, 1), Sex.Female, hireDate: new DateOnly(1980, 1, 1))])
                : OshCase.Of(id, WorkerTouchingAllFamilies(id)));
        }

        cases.Add(OshCase.Invalid("row 51", new OshValidationException("birth_date", "roster", "'1990-13-01' is not a date")));

        var results = Rules.EvaluateMany(AsOf, cases).ToList();

        Assert.Equal(cases.Count, results.Count);
        Assert.Equal(cases.Select(c => c.CaseId), results.Select(r => r.CaseId));
        var failed = results.Where(r => !r.IsValid).ToList();
        Assert.Equal(6, failed.Count);
        Assert.All(failed.Take(5), r =>
        {
            Assert.Equal(CaseErrorKind.InvalidInput, r.Error!.Kind);
            Assert.Equal("Worker.HireDate", r.Error.Field);
            Assert.Equal("Worker.HireDate: must not be before the birth date (rule worker identity).", r.Error.Message);
            Assert.Empty(r.Conclusions);
        });
        Assert.Equal("birth_date", failed[^1].Error!.Field);
    }

    [Fact]
    public void An_exam_dated_after_the_evaluation_date_is_a_case_error_not_a_conclusion()
    {
        var facts = WorkerTouchingAllFamilies("W-1").Append(new ExamRecord("W-1", ExamKind.PeriodicGeneral, AsOf.AddDays(1))).ToArray();

        var results = Rules.EvaluateMany(AsOf, [OshCase.Of("W-1", facts)]).ToList();

        Assert.Equal(CaseErrorKind.InvalidInput, results[0].Error!.Kind);
        Assert.StartsWith("ExamRecord", results[0].Error!.Field, StringComparison.Ordinal);
        var e = Assert.Throws<OshValidationException>(() => Rules.Evaluate(AsOf, facts));
        Assert.StartsWith("ExamRecord", e.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_evaluation_equals_sequential_evaluation()
    {
        var cases = Enumerable.Range(0, 600).Select(i => OshCase.Of($"W{i}", WorkerTouchingAllFamilies($"W{i}"))).ToList();
        var sequential = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 1 });
        var parallel = OshRuleSet.Create(new OshRulesOptions { MaxDegreeOfParallelism = 4 });

        var a = sequential.EvaluateMany(AsOf, cases).Select(Summary).ToList();
        var b = parallel.EvaluateMany(AsOf, cases).Select(Summary).ToList();

        Assert.Equal(a, b);
    }

    [Fact]
    public void Progress_is_reported_and_cancellation_stops_the_roster()
    {
        var cases = Enumerable.Range(0, 2000).Select(i => OshCase.Of($"W{i}", WorkerTouchingAllFamilies($"W{i}")));
        var reports = new List<EvaluationProgress>();
        var progress = new SyncProgress(reports.Add);
        using var cts = new CancellationTokenSource();
        var seen = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in Rules.EvaluateMany(AsOf, cases, progress, cts.Token))
            {
                if (++seen == 700)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.InRange(seen, 700, 1024); // stops within the batch in flight
        Assert.NotEmpty(reports);
        Assert.Equal(reports.OrderBy(r => r.CasesDone), reports);
    }

    [Fact]
    public void Dates_past_a_known_amendment_are_flagged_on_the_result()
    {
        var before = Rules.Evaluate(new DateOnly(2027, 12, 31), [new Worker("W", new DateOnly(1970, 1, 1), Sex.Male, new DateOnly(2000, 1, 1)), new ExamRecord("W", ExamKind.PeriodicGeneral, new DateOnly(2025, 1, 1))]);
        var after = Rules.Evaluate(new DateOnly(2028, 1, 1), [new Worker("W", new DateOnly(1970, 1, 1), Sex.Male, new DateOnly(2000, 1, 1)), new ExamRecord("W", ExamKind.PeriodicGeneral, new DateOnly(2025, 1, 1))]);

        Assert.DoesNotContain(before.Conclusions.OfType<PeriodicGeneralExamDue>(), c => c.PendingAmendment is not null && c.PendingAmendment.EffectiveFrom == new DateOnly(2028, 1, 1) && c.DueDate < new DateOnly(2028, 1, 1));
        Assert.Contains(after.PendingAmendments, p => p.EffectiveFrom == new DateOnly(2028, 1, 1));
    }

    [Fact]
    public void The_result_records_the_options_in_force()
    {
        var rules = OshRuleSet.Create(new OshRulesOptions
        {
            DueSoonDays = 60,
            HealthExams = HealthExamOptions.Default with { Counting = DueDateCounting.CalendarYear },
        });

        var result = rules.Evaluate(AsOf, WorkerTouchingAllFamilies());

        Assert.Equal(60, result.Settings.DueSoonDays);
        Assert.Equal(DueDateCounting.CalendarYear, result.Get<PeriodicGeneralExamDue>()!.Options.Counting);
        Assert.Equal(new DateOnly(2026, 12, 31), result.Get<PeriodicGeneralExamDue>()!.DueDate);
    }

    [Fact]
    public void Choosing_families_compiles_only_their_rules()
    {
        var options = new OshRulesOptions();
        options.Families.Clear();
        options.Families.Add(Families.Ergonomics);

        var result = OshRuleSet.Create(options).Evaluate(AsOf, WorkerTouchingAllFamilies());

        Assert.NotEmpty(result.Conclusions);
        Assert.All(result.Conclusions, c => Assert.StartsWith("OshRules.Ergonomics", c.GetType().Namespace, StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_options_are_rejected_naming_the_option()
    {
        var options = new OshRulesOptions();
        options.Families.Add("Payroll");

        var e = Assert.Throws<OshValidationException>(() => OshRuleSet.Create(options));
        Assert.Equal("OshRulesOptions.Families: 'Payroll' is not a rule family (expected one of HealthExams, Ergonomics, MaternalProtection, Training) (rule options).", e.Message);
        Assert.Throws<OshValidationException>(() => OshRuleSet.Create(new OshRulesOptions { DueSoonDays = -1 }));
    }

    [Fact]
    public void A_null_fact_is_an_argument_error()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Rules.Evaluate(AsOf, [new Worker("W", new DateOnly(1990, 1, 1), Sex.Male), null!]));
        Assert.Equal("facts", e.ParamName);
    }

    [Fact]
    public void Explanations_of_a_result_do_not_change_when_later_cases_are_evaluated()
    {
        var first = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies("W-1"));
        var before = Explained(first);
        var failing = Reliability.ReliabilityCases.RulesWithFailingRule(1);

        var second = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies("W-2"));
        Assert.Throws<OshEvaluationException>(() => failing.Evaluate(AsOf, Reliability.ReliabilityCases.Facts(1, Reliability.ReliabilityCases.FailingPrefix + "1")));
        var third = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies("W-1"));

        Assert.Equal(before, Explained(first));
        Assert.Equal(before, Explained(third));
        Assert.Equal(first.Explanations.Select(e => (e.RuleName, e.RuleDescription, string.Join(",", e.MatchedFacts))), second.Explanations.Select(e => (e.RuleName, e.RuleDescription, string.Join(",", e.MatchedFacts))));
    }

    [Fact]
    public void A_conclusion_passed_as_input_is_explained_as_input_and_comes_after_the_produced_ones()
    {
        var produced = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies());
        var input = new InputConclusion("W-001");

        var result = Rules.Evaluate(AsOf, [.. WorkerTouchingAllFamilies(), input]);

        Assert.Equal(produced.Conclusions.Count + 1, result.Conclusions.Count);
        Assert.Same(input, result.Conclusions[^1]);
        var e = result.ExplanationOf(input);
        Assert.Equal("(inserted as input)", e.RuleName);
        Assert.Null(e.RuleDescription);
        Assert.Empty(e.MatchedFacts);
        Assert.Equal(Explained(produced), Explained(result).Take(produced.Conclusions.Count));
    }

    [Fact]
    public void Matched_fact_types_follow_each_firing_when_a_rule_matches_a_base_type()
    {
        var rules = OshRuleSet.Create(new OshRulesOptions(), [typeof(ProbeRule)]);

        var a = rules.Evaluate(AsOf, [new ProbeA("P-1")]);
        var b = rules.Evaluate(AsOf, [new ProbeB("P-2")]);
        var both = rules.Evaluate(AsOf, [new ProbeA("P-3"), new ProbeB("P-4")]);

        Assert.Equal(["ProbeA"], Assert.Single(a.Explanations).MatchedFacts);
        Assert.Equal(["ProbeB"], Assert.Single(b.Explanations).MatchedFacts);
        Assert.Equal(["ProbeA", "ProbeB"], both.Explanations.Select(e => e.Conclusion.SubjectId == "P-3" ? "ProbeA" : "ProbeB").Order());
        Assert.All(both.Explanations, e => Assert.Equal([e.Conclusion.SubjectId == "P-3" ? "ProbeA" : "ProbeB"], e.MatchedFacts));
        Assert.All(both.Explanations, e => Assert.Equal("TEST-2 Probe", e.RuleName));
    }

    private static string[] Explained(OshResult r) =>
        [.. r.Explanations.Select((e, i) => $"{ReferenceEquals(e.Conclusion, r.Conclusions[i])} {e.Conclusion} | {e.RuleName} | {e.RuleDescription} | {string.Join(",", e.MatchedFacts)} | {e.Citations.Count}")];

    private sealed record InputConclusion(string SubjectId) : IOshConclusion
    {
        public IReadOnlyList<Citation> Basis => [];
    }

    private static string Summary(OshResult r) =>
        r.CaseId + "|" + string.Join(";", r.Conclusions.Select(c => c.GetType().Name + ":" + c)) + "|" + string.Join(";", r.Explanations.Select(e => e.RuleName));

    private sealed class SyncProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}

public abstract record Probe(string Id);

public sealed record ProbeA(string Id) : Probe(Id);

public sealed record ProbeB(string Id) : Probe(Id);

public sealed record ProbeConclusion(string SubjectId) : IOshConclusion
{
    public IReadOnlyList<Citation> Basis => [];
}

[NRules.Fluent.Dsl.Name("TEST-2 Probe"), NRules.Fluent.Dsl.Tag("Test")]
public sealed class ProbeRule : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        Probe probe = default!;
        When().Match(() => probe);
        Then().Do(ctx => ctx.Insert(new ProbeConclusion(probe.Id)));
    }
}
