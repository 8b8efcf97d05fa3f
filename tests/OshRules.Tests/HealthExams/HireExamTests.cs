using OshRules.HealthExams;
using OshRules.Law;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class HireExamTests
{
    [Fact, Trait("Rule", "HC-1")]
    public void New_worker_without_a_hiring_exam_is_overdue_since_the_hire_day()
    {
        var required = HealthExamCalculator.HireExamRequirement(Worker("1990-01-01", "2026-10-01"), [], null, AsOf("2026-11-23"));

        Assert.NotNull(required);
        Assert.Equal(D("2026-10-01"), required.DueDate);
        Assert.Equal(new ExamStatus(ExamStatusKind.Overdue, 53), required.Status);
        Assert.Equal("勞工健康保護規則第16條第1項 (110.12.22 修正)", Assert.Single(required.Basis).ToChineseString());
    }

    [Fact, Trait("Rule", "HC-1")]
    public void Worker_hired_next_week_is_due_soon()
    {
        var required = HealthExamCalculator.HireExamRequirement(Worker("1990-01-01", "2026-12-01"), [], null, AsOf("2026-11-23"));

        Assert.Equal(new ExamStatus(ExamStatusKind.DueSoon, 8), required?.Status);
    }

    [Fact, Trait("Rule", "HC-1")]
    public void A_hiring_exam_on_record_before_the_start_meets_the_requirement()
    {
        var exams = new[] { Hiring("2026-09-20") };
        var worker = Worker("1990-01-01", "2026-10-01");

        Assert.True(HealthExamCalculator.HasHireExamOnRecord(worker, exams, AsOf("2026-11-23")));
        Assert.Null(HealthExamCalculator.HireExamRequirement(worker, exams, null, AsOf("2026-11-23")));
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2026-07-14", true)] // six months counted from the hire day end on 2026-07-14: 在六個月以內, exempt
    [InlineData("2026-07-15", false)] // one day longer: the exam is required
    public void Temporary_work_of_six_months_or_less_is_exempt(string workEnd, bool exempt)
    {
        var worker = Worker("1990-01-01", "2026-01-15");
        var claim = new HiringExemption(WorkerId, HiringExemptionReason.TemporaryOrShortTermWork, D(workEnd));

        var exemption = HealthExamCalculator.HireExamExemption(worker, [], claim, AsOf("2026-02-01"));
        var required = HealthExamCalculator.HireExamRequirement(worker, [], claim, AsOf("2026-02-01"));

        Assert.Equal(exempt, exemption is not null);
        Assert.Equal(!exempt, required is not null);
        if (exemption is not null)
        {
            Assert.Equal("勞工健康保護規則第16條第2項第1款 (110.12.22 修正)", Assert.Single(exemption.Basis).ToChineseString());
        }
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData(HiringExemptionReason.CoveredByOtherLaw, 2)]
    [InlineData(HiringExemptionReason.DesignatedByAuthority, 3)]
    public void Work_covered_by_another_law_or_designated_is_exempt(HiringExemptionReason reason, int item)
    {
        var exemption = HealthExamCalculator.HireExamExemption(Worker("1990-01-01", "2026-01-15"), [], new HiringExemption(WorkerId, reason), AsOf("2026-02-01"));

        Assert.Equal(reason, exemption?.Reason);
        Assert.Equal(item, exemption?.Basis[0].Item);
    }

    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2025-03-01", true)] // aged 68 on hiring: one-year interval ends on 2026-03-01, the hire day
    [InlineData("2025-02-28", false)] // one day older: the interval ended on 2026-02-28, before hiring
    public void A_periodic_exam_within_the_interval_for_the_age_on_hiring_exempts(string examDate, bool exempt)
    {
        var worker = Worker("1958-01-01", "2026-03-01");
        var exams = new[] { General(examDate) };

        var exemption = HealthExamCalculator.HireExamExemption(worker, exams, null, AsOf("2026-11-23"));

        Assert.Equal(exempt, exemption?.Reason == HiringExemptionReason.RecentExamProven);
        Assert.Equal(exempt, HealthExamCalculator.HireExamRequirement(worker, exams, null, AsOf("2026-11-23")) is null);
    }

    [Fact, Trait("Rule", "HC-1")]
    public void A_four_year_old_exam_exempts_a_worker_under_40()
    {
        var exemption = HealthExamCalculator.HireExamExemption(Worker("1990-01-01", "2026-03-01"), [General("2022-03-01")], null, AsOf("2026-11-23"));

        Assert.Equal(D("2022-03-01"), exemption?.ProvenExam);
        Assert.Equal(16, exemption?.Basis[0].Article);
        Assert.Equal(3, exemption?.Basis[0].Paragraph);
    }

    // Evaluated in 2026, long after the periodic exam that would have followed a hiring exam on 2001-01-01 fell due
    // (2004-01-01), a missing hiring exam is no longer reported as required: its absence is stated instead.
    [Theory, Trait("Rule", "HC-1")]
    [InlineData("2001-05-01", false)] // a periodic exam after hiring supersedes the missed hiring exam
    [InlineData("1997-12-31", true)] // one before hiring, its 3-year interval ended on 2000-12-31: neither done nor exempt
    public void A_later_periodic_exam_supersedes_a_missed_hiring_exam(string examDate, bool required)
    {
        var worker = Worker("1960-01-01", "2001-01-01");

        Assert.Equal(required, !HealthExamCalculator.HasHireExamOnRecord(worker, [General(examDate)], AsOf("2026-11-23")));
        Assert.Equal(required, HealthExamCalculator.HireExamRecordMissing(worker, [General(examDate)], [], AsOf("2026-11-23")) is not null);
        Assert.Null(HealthExamCalculator.HireExamRequirement(worker, [General(examDate)], null, AsOf("2026-11-23")));
    }

    // The four HC-1 calculators read a worker's exams the same way: an exam dated after the evaluation date is refused
    // by each, also when a claimed ground would exempt the worker without looking at the exams.
    [Fact, Trait("Rule", "HC-1")]
    public void Every_hiring_calculator_refuses_an_exam_after_the_evaluation_date()
    {
        var worker = Worker("1990-01-01", "2026-10-01");
        ExamRecord[] exams = [Hiring("2026-12-01")];
        var claim = new HiringExemption(WorkerId, HiringExemptionReason.CoveredByOtherLaw);
        var asOf = AsOf("2026-11-23");

        Action[] calls =
        [
            () => HealthExamCalculator.HireExamExemption(worker, exams, claim, asOf),
            () => HealthExamCalculator.HireExamRequirement(worker, exams, claim, asOf),
            () => HealthExamCalculator.HireExamRecordMissing(worker, exams, [claim], asOf),
            () => HealthExamCalculator.HasHireExamOnRecord(worker, exams, asOf),
        ];

        foreach (var call in calls)
        {
            var e = Assert.Throws<OshValidationException>(call);
            Assert.Equal("ExamRecord.Date", e.Field);
        }
    }

    [Fact, Trait("Rule", "HC-1")]
    public void A_null_claim_is_refused_naming_the_claims()
    {
        var e = Assert.Throws<OshValidationException>(() =>
            HealthExamCalculator.HireExamRecordMissing(Worker("1960-01-01", "2001-01-01"), [], [null!], AsOf("2026-11-23")));

        Assert.Equal("claims: must not contain a null element (rule HC-1).", e.Message);
    }
}
