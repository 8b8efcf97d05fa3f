using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// The 115.06.26 revision of 勞工健康保護規則, in force in stages (2026-07-01; §5, §6 II–IV, §13 III on 2027-07-01;
/// §17, §18, §20, §21 and 附表一, 九, 十 on 2028-01-01), is not encoded: every conclusion citing an article whose new
/// text is in force is flagged with the stage, through the facade.
/// </summary>
public sealed class HealthExamLawVersionTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    private static readonly LawName HealthRules = LawName.LabourHealthProtectionRules;

    // One worker whose facts reach every health-exam rule: hired shortly before the day, a periodic exam, special noise
    // work with a graded exam, a measurement, and an exam the physician found unfit without grading it.
    private static IReadOnlyList<object> Case(string hired = "2026-06-01") =>
    [
        Worker("1970-05-05", hired),
        General("2023-03-01"),
        new SpecialHazardAssignment(WorkerId, Noise, D("2020-01-01")),
        Special("2026-01-15", Noise, level: ManagementLevel.Level3),
        new ExamRecord(WorkerId, ExamKind.PeriodicGeneral, D("2024-06-01"), fitness: WorkFitness.CannotContinueWork),
        new NoiseMeasurement(WorkerId, D("2026-01-10"), 86),
    ];

    [Theory, Trait("Rule", "HC-1"), Trait("Rule", "HC-4"), Trait("Rule", "HC-6"), Trait("Rule", "HC-8")]
    [InlineData("2026-06-30", false)] // the 110.12.22 text is the text in force
    [InlineData("2026-07-01", true)] // the 115.06.26 text of §2, §16 and §19 takes effect
    public void Conclusions_citing_2_16_or_19_are_flagged_from_2026_07_01(string asOf, bool flagged)
    {
        var result = Rules.Evaluate(D(asOf), Case());

        var citing = result.Conclusions.Where(c => c.Basis.Any(b => b.Law == HealthRules && b.Article is 2 or 16 or 19)).ToList();

        Assert.Contains(citing, c => c is HireExamExempt or HireExamRequired);
        Assert.Contains(citing, c => c is SpecialExamDue);
        Assert.Contains(citing, c => c is SpecialHazardClassification);
        Assert.Contains(citing, c => c is ExamRecordRetention);
        // Before 2026-07-01 only an answer due on or after that day (here the yearly special exam) rests on the new text.
        Assert.All(citing, c => Assert.Equal(flagged || Due(c) >= D("2026-07-01") ? HealthExamParameters.Pending2026 : null, c.PendingAmendment));
        Assert.Equal(flagged, citing.Where(c => Due(c) is null).All(c => c.PendingAmendment is not null));
    }

    [Theory, Trait("Rule", "HC-2"), Trait("Rule", "HC-5")]
    [InlineData("2027-12-31")] // the 110.12.22 text of §17 and §21 still applies
    [InlineData("2026-07-01")]
    public void Conclusions_citing_only_17_to_21_are_not_flagged_before_2028(string asOf)
    {
        var result = Rules.Evaluate(D(asOf), Case());

        var periodic = Assert.Single(result.All<PeriodicGeneralExamDue>());
        var graded = Assert.Single(result.All<ManagementFollowUp>(), f => f.Level is not null);

        Assert.True(periodic.DueDate < D("2028-01-01"));
        Assert.Null(periodic.PendingAmendment);
        Assert.Null(graded.PendingAmendment);
    }

    [Fact, Trait("Rule", "HC-2"), Trait("Rule", "HC-4"), Trait("Rule", "HC-5"), Trait("Rule", "HC-6"), Trait("Rule", "HC-8")]
    public void From_2028_01_01_conclusions_citing_17_18_20_21_or_annex_1_are_flagged_with_the_last_stage()
    {
        var result = Rules.Evaluate(D("2028-01-01"), Case("2020-01-01"));

        var later = result.Conclusions.Where(c => c.Basis.Any(b => b.Law == HealthRules && (b.Article is 17 or 18 or 20 or 21 || b.Annex == "附表一"))).ToList();

        Assert.Contains(later, c => c is PeriodicGeneralExamDue);
        Assert.Contains(later, c => c is SpecialExamDue);
        Assert.Contains(later, c => c is ManagementFollowUp);
        Assert.Contains(later, c => c is SpecialHazardClassification);
        Assert.All(later, c => Assert.Equal(HealthExamParameters.Pending2028, c.PendingAmendment));
        Assert.Contains(HealthExamParameters.Pending2028, result.PendingAmendments);
    }

    [Theory, Trait("Rule", "HC-1"), Trait("Rule", "HC-2"), Trait("Rule", "HC-4"), Trait("Rule", "HC-5"), Trait("Rule", "HC-6"), Trait("Rule", "HC-8")]
    [InlineData("2026-07-01")]
    [InlineData("2027-07-01")]
    [InlineData("2028-01-01")]
    [InlineData("2031-05-05")]
    public void Every_conclusion_citing_the_rules_carries_the_flag_of_the_stages_in_force(string asOf)
    {
        var date = D(asOf);
        var result = Rules.Evaluate(date, Case("2020-01-01"));

        var citing = result.Conclusions.Where(c => c.Basis.Any(b => b.Law == HealthRules)).ToList();

        Assert.NotEmpty(citing);
        Assert.All(citing, c => Assert.Equal(HealthExamParameters.PendingFor(c.Basis, Due(c) is { } due && due > date ? due : date), c.PendingAmendment));
        Assert.All(citing.Where(c => c.Basis.Any(b => b.Law == HealthRules && b.Article is not (17 or 18 or 20 or 21))), c => Assert.NotNull(c.PendingAmendment));
    }

    [Fact, Trait("Rule", "HC-5")]
    public void A_follow_up_resting_only_on_the_OSH_Act_is_never_flagged()
    {
        var result = Rules.Evaluate(D("2028-06-01"), Case("2020-01-01"));

        var unfit = Assert.Single(result.All<ManagementFollowUp>(), f => f.Level is null);

        Assert.DoesNotContain(unfit.Basis, b => b.Law == HealthRules);
        Assert.Null(unfit.PendingAmendment);
    }

    [Fact, Trait("Rule", "HC-1"), Trait("Rule", "HC-4")]
    public void The_flags_name_the_revision_and_what_was_not_verified()
    {
        Assert.Contains("115.06.26", HealthExamParameters.Pending2026.Description, StringComparison.Ordinal);
        Assert.Contains("§2, §16, §19", HealthExamParameters.Pending2026.Description, StringComparison.Ordinal);
        Assert.Contains("not verified", HealthExamParameters.Pending2026.Description, StringComparison.Ordinal);
        Assert.Contains("§5, §6 II–IV and §13 III", HealthExamParameters.Pending2027.Description, StringComparison.Ordinal);
        Assert.Contains("§17, §18, §20, §21 and 附表一, 九, 十", HealthExamParameters.Pending2028.Description, StringComparison.Ordinal);
        Assert.Contains("not verified", HealthExamParameters.Pending2028.Description, StringComparison.Ordinal);
        Assert.Equal(
            [D("2026-07-01"), D("2027-07-01"), D("2028-01-01")],
            new[] { HealthExamParameters.Pending2026, HealthExamParameters.Pending2027, HealthExamParameters.Pending2028 }.Select(p => p.EffectiveFrom));
    }

    [Fact, Trait("Rule", "HC-1"), Trait("Rule", "HC-2")]
    public void The_explanation_marks_each_flagged_conclusion_and_prints_each_amendment_once()
    {
        var result = Rules.Evaluate(D("2028-01-01"), Case("2020-01-01"));

        var en = result.Explain(DisplayLanguage.English);
        var zh = result.Explain(DisplayLanguage.ZhTw);

        Assert.Equal(result.Conclusions.Count(c => c.PendingAmendment is not null), Occurrences(en, "  Not verified: rests on a text amended from "));
        Assert.Equal(1, Occurrences(en, "Amendment not encoded, in force 2028-01-01: " + HealthExamParameters.Pending2028.Description));
        Assert.Equal(1, Occurrences(zh, "尚未納入之修正，施行日 2028-01-01: " + HealthExamParameters.Pending2028.Description));
        Assert.Equal(result.PendingAmendments.Count, Occurrences(en, "Amendment not encoded, in force "));
    }

    [Fact, Trait("Rule", "HC-2")]
    public void Before_the_revision_the_explanation_marks_nothing()
    {
        var result = Rules.Evaluate(D("2026-06-30"), [Worker("1970-05-05", "2010-01-01"), General("2024-06-01")]);

        Assert.Empty(result.PendingAmendments);
        Assert.DoesNotContain("Not verified", result.Explain(DisplayLanguage.English), StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2026-06-30", "2026-06-30", false)]
    [InlineData("2026-06-15", "2026-07-01", true)] // hired under the new §16: flagged although evaluated before it
    public void A_hiring_exam_due_on_or_after_2026_07_01_is_flagged(string asOf, string hired, bool flagged)
    {
        var required = Assert.Single(Rules.Evaluate(D(asOf), [Worker("1990-01-01", hired)]).All<HireExamRequired>());

        Assert.Equal(flagged ? HealthExamParameters.Pending2026 : null, required.PendingAmendment);
        Assert.Equal("勞工健康保護規則第16條第1項 (110.12.22 修正)", Assert.Single(required.Basis).ToChineseString());
    }

    [Theory, Trait("Rule", "HC-2")]
    [InlineData("2026-06-30", null)]
    [InlineData("2026-07-01", "2026")]
    [InlineData("2027-06-30", "2026")]
    [InlineData("2027-07-01", "2027")]
    [InlineData("2027-12-31", "2027")]
    [InlineData("2028-01-01", "2027")]
    public void A_citation_of_article_6_without_paragraph_takes_the_latest_of_its_stages(string date, string? stage)
    {
        var flag = HealthExamParameters.PendingFor([new Citation(HealthRules, 6)], D(date));

        Assert.Equal(stage switch { "2026" => HealthExamParameters.Pending2026, "2027" => HealthExamParameters.Pending2027, _ => null }, flag);
    }

    [Theory, Trait("Rule", "HC-2")]
    [InlineData(5, null, null, "2027-06-30", null)] // §5: only the 2027 stage, not yet in force
    [InlineData(5, null, null, "2027-07-01", "2027-07-01")]
    [InlineData(6, 1, null, "2027-07-01", "2026-07-01")] // §6 I is of the first stage
    [InlineData(6, 2, null, "2027-07-01", "2027-07-01")]
    [InlineData(13, 3, null, "2027-07-01", "2027-07-01")]
    [InlineData(13, 2, null, "2027-07-01", "2026-07-01")]
    [InlineData(16, 1, null, "2031-01-01", "2026-07-01")] // §16 is never of a later stage
    [InlineData(17, 1, null, "2027-12-31", null)]
    [InlineData(17, 1, null, "2028-01-01", "2028-01-01")]
    [InlineData(2, null, "附表一", "2027-12-31", "2026-07-01")]
    [InlineData(2, null, "附表一", "2028-01-01", "2028-01-01")]
    [InlineData(null, null, "附表九", "2028-01-01", "2028-01-01")]
    [InlineData(null, null, "附表二", "2028-01-01", "2026-07-01")]
    public void Each_article_and_annex_belongs_to_its_stage(int? article, int? paragraph, string? annex, string date, string? stage)
    {
        var citation = new Citation(HealthRules, article, paragraph, version: HealthExamParameters.Text110) { Annex = annex };

        Assert.Equal(stage is null ? null : D(stage), HealthExamParameters.PendingFor([citation], D(date))?.EffectiveFrom);
    }

    [Fact, Trait("Rule", "HC-2")]
    public void Citations_of_other_laws_are_not_flagged_by_this_revision() =>
        Assert.Null(HealthExamParameters.PendingFor([HealthExamParameters.ChangeOfWorkArticle, new Citation(LawName.CivilCode, 121)], D("2030-01-01")));

    private static DateOnly? Due(IOshConclusion c) => c switch
    {
        PeriodicGeneralExamDue p => p.DueDate,
        SpecialExamDue s => s.DueDate,
        HireExamRequired h => h.DueDate,
        _ => null,
    };
}
