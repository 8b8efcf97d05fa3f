using OshRules.MaternalProtection;
using static OshRules.Tests.MaternalProtection.MaternalTestData;

namespace OshRules.Tests.MaternalProtection;

public sealed class ProtectionPeriodTests
{
    [Fact, Trait("Rule", "MAT-1")]
    public void Protection_starts_on_the_day_the_employer_learns_of_the_pregnancy()
    {
        var status = Pregnant();

        var before = MaternalRiskCalculator.PeriodOn(status, D("2025-01-09"), MaternalOptions.Default);
        var on = MaternalRiskCalculator.PeriodOn(status, D("2025-01-10"), MaternalOptions.Default);

        Assert.Equal(ProtectionPhase.Outside, before.Phase);
        Assert.Equal(ProtectionPhase.Pregnant, on.Phase);
        Assert.Equal(D("2025-01-10"), on.Start);
        Assert.Equal(ProtectionStartBasis.EmployerNotification, on.StartBasis);
        Assert.Null(on.StartNote);
        Assert.Contains(on.Basis, c => c.Article == 2 && c.Item == 2);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Only_the_pregnancy_date_known_is_used_and_the_result_says_so()
    {
        var status = new MaternalStatus(Id, pregnantSince: D("2024-12-01"));

        var period = MaternalRiskCalculator.PeriodOn(status, D("2024-12-01"), MaternalOptions.Default);

        Assert.Equal(ProtectionPhase.Pregnant, period.Phase);
        Assert.Equal(ProtectionStartBasis.PregnancyDateOnly, period.StartBasis);
        Assert.Contains("pregnancy start", period.StartNote, StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void Only_the_delivery_known_counts_from_the_delivery()
    {
        var status = new MaternalStatus(Id, deliveredOn: D("2025-01-15"));

        var period = MaternalRiskCalculator.PeriodOn(status, D("2025-01-15"), MaternalOptions.Default);

        Assert.Equal(ProtectionPhase.Under6MonthsAfterDelivery, period.Phase);
        Assert.Equal(ProtectionStartBasis.DeliveryDateOnly, period.StartBasis);
    }

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData("2025-01-14", ProtectionPhase.Pregnant)]                              // day before delivery
    [InlineData("2025-01-15", ProtectionPhase.Under6MonthsAfterDelivery)]            // delivery day
    [InlineData("2025-07-15", ProtectionPhase.Under6MonthsAfterDelivery)]            // last day of the six months
    [InlineData("2025-07-16", ProtectionPhase.SixMonthsToUnder1YearAfterDelivery)]   // six months reached
    [InlineData("2026-01-15", ProtectionPhase.SixMonthsToUnder1YearAfterDelivery)]   // last day of the year
    [InlineData("2026-01-16", ProtectionPhase.Outside)]                               // the year has run out
    public void Phases_after_a_delivery_on_2025_01_15_follow_the_civil_code(string date, ProtectionPhase expected)
    {
        var status = Delivered("2025-01-15");

        Assert.Equal(expected, MaternalRiskCalculator.PhaseOn(status, D(date), MaternalOptions.Default));
    }

    [Theory, Trait("Rule", "MAT-1")]
    [InlineData("2025-02-28", ProtectionPhase.Under6MonthsAfterDelivery)]            // 31 August + 6 months: last day of February
    [InlineData("2025-03-01", ProtectionPhase.SixMonthsToUnder1YearAfterDelivery)]
    public void A_delivery_on_31_August_is_under_six_months_through_the_end_of_February(string date, ProtectionPhase expected)
    {
        var status = Delivered("2024-08-31");

        Assert.Equal(expected, MaternalRiskCalculator.PhaseOn(status, D(date), MaternalOptions.Default));
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void The_legal_end_is_the_last_day_of_the_year_after_delivery()
    {
        var period = MaternalRiskCalculator.PeriodOn(Delivered("2025-01-15"), D("2025-03-01"), MaternalOptions.Default);

        Assert.Equal(D("2026-01-15"), period.LegalEnd);
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void A_stillbirth_after_24_weeks_starts_the_post_delivery_periods()
    {
        var status = new MaternalStatus(Id, employerNotifiedOn: D("2024-10-01"), pregnantSince: D("2024-08-01"), deliveredOn: D("2025-02-01"), outcome: DeliveryOutcome.StillbirthAfter24Weeks);

        Assert.Equal(ProtectionPhase.Under6MonthsAfterDelivery, MaternalRiskCalculator.PhaseOn(status, D("2025-03-01"), MaternalOptions.Default));
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void A_breastfeeding_worker_after_the_year_is_outside_by_default_and_covered_under_the_school_plan_option()
    {
        var status = Delivered("2024-01-15", breastfeeding: true);
        var schoolPlan = new MaternalOptions { BreastfeedingCoverage = BreastfeedingCoverage.WhileBreastfeeding };

        Assert.Equal(ProtectionPhase.Outside, MaternalRiskCalculator.PhaseOn(status, D("2025-03-01"), MaternalOptions.Default));
        Assert.Equal(ProtectionPhase.Breastfeeding, MaternalRiskCalculator.PhaseOn(status, D("2025-03-01"), schoolPlan));
        Assert.True(status.IsInProtectionPeriod(D("2025-03-01"), schoolPlan));
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void A_worker_not_breastfeeding_is_not_covered_after_the_year_even_under_the_option()
    {
        var schoolPlan = new MaternalOptions { BreastfeedingCoverage = BreastfeedingCoverage.WhileBreastfeeding };

        Assert.Equal(ProtectionPhase.Outside, MaternalRiskCalculator.PhaseOn(Delivered("2024-01-15"), D("2025-03-01"), schoolPlan));
    }
}
