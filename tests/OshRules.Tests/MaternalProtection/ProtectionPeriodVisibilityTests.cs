using OshRules.Law;
using OshRules.Evaluation;
using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

/// <summary>MAT-1 through the facade: every maternal status says whether the worker is in the protection period, and why not.</summary>
public sealed class ProtectionPeriodVisibilityTests
{
    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    private static readonly OshRuleSet WhileBreastfeeding = OshRuleSet.Create(new OshRulesOptions
    {
        Maternal = MaternalOptions.Default with { BreastfeedingCoverage = BreastfeedingCoverage.WhileBreastfeeding },
    });

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData("2025-01-09", ProtectionPhase.Outside, OutsideProtectionReason.BeforeStart)] // the day before the employer learned of it
    [InlineData("2025-01-10", ProtectionPhase.Pregnant, null)]
    public void Before_the_employer_is_notified_the_status_says_so(string asOf, ProtectionPhase phase, OutsideProtectionReason? reason)
    {
        var result = Rules.Evaluate(D(asOf), [new MaternalStatus(Id, employerNotifiedOn: D("2025-01-10"), pregnantSince: D("2024-12-01")), new NoiseExposure(Id, 86)]);

        var period = Assert.Single(result.All<ProtectionPeriodStatus>());

        Assert.Equal((Id, D(asOf), phase, reason, ProtectionStartBasis.EmployerNotification), (period.SubjectId, period.Date, period.Phase, period.OutsideReason, period.StartBasis));
        Assert.Equal(reason is null, period.IsProtected);
        Assert.Equal(reason is null ? 1 : 0, result.All<HazardFinding>().Count); // findings only inside the period
        Assert.Contains(period.Basis, c => c.Article == 2 && c.Item == 2);
    }

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData("2026-01-15", ProtectionPhase.SixMonthsToUnder1YearAfterDelivery, null)] // the last day of the year after delivery
    [InlineData("2026-01-16", ProtectionPhase.Outside, OutsideProtectionReason.AfterEnd)]
    public void After_the_year_after_delivery_the_status_says_the_period_ended(string asOf, ProtectionPhase phase, OutsideProtectionReason? reason)
    {
        var result = Rules.Evaluate(D(asOf), [new MaternalStatus(Id, employerNotifiedOn: D("2024-06-01"), deliveredOn: D("2025-01-15"))]);

        var period = Assert.Single(result.All<ProtectionPeriodStatus>());

        Assert.Equal((phase, reason, (DateOnly?)D("2026-01-15")), (period.Phase, period.OutsideReason, period.LegalEnd));
        Assert.Equal(reason is null ? 1 : 0, result.All<MaternalRiskAssessment>().Count);
    }

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData(false, ProtectionPhase.Outside, OutsideProtectionReason.AfterEnd)] // the law's year only (default)
    [InlineData(true, ProtectionPhase.Breastfeeding, null)] // the school's option covers breastfeeding workers
    public void A_breastfeeding_worker_after_the_year_is_inside_only_under_the_schools_option(bool schoolOption, ProtectionPhase phase, OutsideProtectionReason? reason)
    {
        var rules = schoolOption ? WhileBreastfeeding : Rules;

        var result = rules.Evaluate(D("2026-03-01"), [new MaternalStatus(Id, deliveredOn: D("2025-01-15"), isBreastfeeding: true)]);

        var period = Assert.Single(result.All<ProtectionPeriodStatus>());
        Assert.Equal((phase, reason, ProtectionStartBasis.DeliveryDateOnly), (period.Phase, period.OutsideReason, period.StartBasis));
    }

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData("2024-11-30", ProtectionPhase.Outside)] // before the pregnancy counted in place of the notification
    [InlineData("2024-12-01", ProtectionPhase.Pregnant)]
    public void With_only_the_pregnancy_date_the_status_says_what_the_start_was_counted_from(string asOf, ProtectionPhase phase)
    {
        var result = Rules.Evaluate(D(asOf), [new MaternalStatus(Id, pregnantSince: D("2024-12-01"))]);

        var period = Assert.Single(result.All<ProtectionPeriodStatus>());

        Assert.Equal((phase, ProtectionStartBasis.PregnancyDateOnly), (period.Phase, period.StartBasis));
        Assert.Equal(phase == ProtectionPhase.Outside ? OutsideProtectionReason.BeforeStart : null, period.OutsideReason);
        Assert.Contains("pregnancy start", period.StartNote, StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void A_status_outside_the_period_is_told_apart_from_exposures_of_a_mistyped_worker()
    {
        var outside = Rules.Evaluate(D("2026-03-01"), [new MaternalStatus(Id, deliveredOn: D("2024-01-15")), new NoiseExposure(Id, 90)]);

        // A mistyped key no longer yields a quiet empty result: the exposure names a worker the case does not contain.
        var mistyped = Assert.Throws<OshValidationException>(() => Rules.Evaluate(D("2026-03-01"), [new MaternalStatus(Id, employerNotifiedOn: D("2026-01-05")), new NoiseExposure("W-0O1", 90)]));

        Assert.Empty(outside.All<HazardFinding>());
        Assert.Equal(OutsideProtectionReason.AfterEnd, Assert.Single(outside.All<ProtectionPeriodStatus>()).OutsideReason);
        Assert.Equal("NoiseExposure.WorkerId", mistyped.Field);
        Assert.DoesNotContain("W-0O1", mistyped.Message, StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Every_status_yields_its_own_period_conclusion_explained_by_the_MAT_1_rule()
    {
        var result = Rules.Evaluate(D("2026-03-01"), [new MaternalStatus("W-A", employerNotifiedOn: D("2026-01-05")), new MaternalStatus("W-B", deliveredOn: D("2024-01-15"))]);

        var periods = result.All<ProtectionPeriodStatus>().OrderBy(p => p.SubjectId, StringComparer.Ordinal).ToList();

        Assert.Equal([("W-A", (OutsideProtectionReason?)null), ("W-B", OutsideProtectionReason.AfterEnd)], periods.Select(p => (p.SubjectId, p.OutsideReason)));
        Assert.All(periods, p => Assert.Equal("MAT-1 Protection period", result.ExplanationOf(p).RuleName));
        Assert.Contains("保護期間屆滿（分娩已逾一年）", Resources.DisplayNames.Of(OutsideProtectionReason.AfterEnd, DisplayLanguage.ZhTw), StringComparison.Ordinal);
    }
}
