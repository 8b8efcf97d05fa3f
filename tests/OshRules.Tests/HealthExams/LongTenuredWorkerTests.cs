using OshRules.Evaluation;
using OshRules.HealthExams;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

/// <summary>
/// HC-1 and HC-2 through the facade for a worker without any exam on record: the hiring exam is owed until the periodic
/// exam that would have followed it falls due; from then the periodic exam is owed, due now, and the missing hiring record
/// is stated instead of a hiring exam decades overdue.
/// </summary>
public sealed class LongTenuredWorkerTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    [Fact, Trait("Rule", "HC-1"), Trait("Rule", "HC-2")]
    public void A_worker_hired_in_1995_without_records_is_owed_the_periodic_exam_now_and_told_the_hiring_record_is_missing()
    {
        var result = Rules.Evaluate(D("2026-12-03"), [Worker("1970-06-01", "1995-02-05")]);

        Assert.Empty(result.All<HireExamRequired>()); // not "hiring exam overdue by 11,624 days"
        var missing = Assert.Single(result.All<HireExamNotOnRecord>());
        Assert.Equal((D("1995-02-05"), D("2000-02-05")), (missing.HireDate, missing.SupersededOn)); // aged 24 on hiring: 5 years
        var periodic = Assert.Single(result.All<PeriodicGeneralExamDue>());
        Assert.Null(periodic.LastExam);
        Assert.Equal((D("2026-12-03"), new ExamStatus(ExamStatusKind.DueSoon, 0)), (periodic.DueDate, periodic.Status));
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2025-02-28", true)] // the day before the periodic exam would have fallen due (hired 2020-03-01, aged 29: 5 years)
    [InlineData("2025-03-01", false)] // from that day the periodic exam is owed
    public void The_hiring_exam_is_owed_until_the_periodic_exam_that_would_have_followed_it_is_due(string asOf, bool hiringExamOwed)
    {
        var result = Rules.Evaluate(D(asOf), [Worker("1990-05-05", "2020-03-01")]);

        Assert.Equal(hiringExamOwed ? 1 : 0, result.All<HireExamRequired>().Count);
        Assert.Equal(hiringExamOwed ? 0 : 1, result.All<HireExamNotOnRecord>().Count);
        if (hiringExamOwed)
        {
            Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 1825), result.Get<HireExamRequired>()!.Status);
        }
        else
        {
            Assert.Equal(D("2025-03-01"), result.Get<HireExamNotOnRecord>()!.SupersededOn);
        }

        Assert.Equal(D(asOf), result.Get<PeriodicGeneralExamDue>()!.DueDate); // no exam on record: due now, either way
    }

    [Theory, Trait("Rule", "HC-1"), Trait("Rule", "HC-3")]
    [InlineData("2023-12-31", true)] // hired at 35: 5 years would end 2024-06-01, but from 40 (2024-01-01) it is 3 years, already past
    [InlineData("2024-01-01", false)]
    public void The_line_follows_the_interval_of_the_age_on_the_day_the_periodic_exam_falls_due(string asOf, bool hiringExamOwed)
    {
        var result = Rules.Evaluate(D(asOf), [Worker("1984-01-01", "2019-06-01")]);

        Assert.Equal(hiringExamOwed ? 1 : 0, result.All<HireExamRequired>().Count);
        Assert.Equal(hiringExamOwed ? [] : [D("2024-01-01")], result.All<HireExamNotOnRecord>().Select(m => m.SupersededOn));
    }

    [Fact, Trait("Rule", "HC-1")]
    public void A_general_exam_after_hiring_leaves_nothing_to_state()
    {
        var result = Rules.Evaluate(D("2026-12-03"), [Worker("1970-06-01", "1995-02-05"), General("2024-05-01")]);

        Assert.Empty(result.All<HireExamRequired>());
        Assert.Empty(result.All<HireExamNotOnRecord>());
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData(HiringExemptionReason.CoveredByOtherLaw, 0)] // a valid ground: exempt, nothing missing
    [InlineData(HiringExemptionReason.TemporaryOrShortTermWork, 1)] // a temporary engagement of 30 years is no ground
    public void A_claimed_exemption_is_weighed_before_stating_the_record_missing(HiringExemptionReason reason, int missing)
    {
        var claim = new HiringExemption(WorkerId, reason, reason == HiringExemptionReason.TemporaryOrShortTermWork ? D("2026-12-31") : null);

        var result = Rules.Evaluate(D("2026-12-03"), [Worker("1970-06-01", "1995-02-05"), claim]);

        Assert.Equal(missing, result.All<HireExamNotOnRecord>().Count);
        Assert.Equal(1 - missing, result.All<HireExamExempt>().Count);
        Assert.Empty(result.All<HireExamRequired>());
    }

    [Fact, Trait("Rule", "HC-1")]
    public void The_statement_cites_16_and_the_interval_that_set_the_line_and_is_explained_by_its_rule()
    {
        var result = Rules.Evaluate(D("2026-12-03"), [Worker("1970-06-01", "1995-02-05")]);
        var missing = result.Get<HireExamNotOnRecord>()!;

        Assert.Equal(
            ["勞工健康保護規則第16條第1項 (110.12.22 修正)", "勞工健康保護規則第17條第1項第3款 (110.12.22 修正)"],
            missing.Basis.Select(c => c.ToChineseString()));
        Assert.Equal("HC-1 No hiring exam on record for a worker long in service", result.ExplanationOf(missing).RuleName);
        Assert.Equal(HealthExamParameters.Pending2026, missing.PendingAmendment);
    }
}

/// <summary>HC-1/HC-2: for a worker with no exam on record, exactly one of the hiring exam or its missing record is reported.</summary>
public sealed class LongTenuredWorkerProperties
{
    // The dates start with the health-exam text of 2021-12-22, before the other families' texts: health-exam rules only.
    private static readonly OshRuleSet Rules = Evaluation.FamilyRuleSets.Of(Common.Families.HealthExams);

    [FsCheck.Xunit.Property(MaxTest = 200)]
    [Trait("Rule", "HC-1")]
    [Trait("Rule", "HC-2")]
    public bool A_worker_without_records_is_owed_either_the_hiring_exam_or_the_periodic_exam_with_the_record_stated(ushort ageDays, ushort tenureDays, ushort asOfOffset)
    {
        var asOf = new DateOnly(2021, 12, 22).AddDays(asOfOffset % (365 * 10));
        var hired = asOf.AddDays(-(tenureDays % (365 * 40)));
        var birth = hired.AddDays(-((365 * 16) + (ageDays % (365 * 45))));
        var result = Rules.Evaluate(asOf, [new Common.Worker("W", birth, Common.Sex.Male, hired)]);

        var required = result.All<HireExamRequired>().Count;
        var missing = result.All<HireExamNotOnRecord>();
        var line = HealthExamCalculator.HireExamSupersededOn(new Common.Worker("W", birth, Common.Sex.Male, hired), new Common.EvaluationDate(asOf)).Day;

        return required + missing.Count == 1
            && (missing.Count == 1) == (asOf >= line)
            && line > hired
            && result.Get<PeriodicGeneralExamDue>()!.DueDate == asOf;
    }
}
