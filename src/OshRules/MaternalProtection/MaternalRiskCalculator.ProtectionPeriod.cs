using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// The maternal-protection calculators (母性健康保護計算): protection period, hazard tiers, actions and forms.
/// Pure static functions over facts and <see cref="MaternalParameters"/>; thread-safe. The engine rules call them,
/// and they are the baseline of the tests and benchmarks.
/// </summary>
public static partial class MaternalRiskCalculator
{
    /// <summary>The phase of the protection period on a day (保護期間之階段), MAT-1.</summary>
    /// <param name="status">The worker's maternal status.</param>
    /// <param name="date">The day.</param>
    /// <param name="options">The family options.</param>
    /// <returns>The phase.</returns>
    public static ProtectionPhase PhaseOn(MaternalStatus status, DateOnly date, MaternalOptions options)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(options);
        Guard.Plausible(date, "date", "MAT-1");
        return PhaseCore(status, date, options, StartOf(status).Start);
    }

    /// <summary>
    /// The protection period on a day (保護期間), MAT-1: from the day the employer learns of the pregnancy to one year
    /// after delivery (辦法 §2 ②), split at six months after delivery for the weight limits.
    /// </summary>
    /// <param name="status">The worker's maternal status.</param>
    /// <param name="date">The day.</param>
    /// <param name="options">The family options.</param>
    /// <returns>
    /// The phase, the start and its basis, the legal end when delivered, and, outside the period, why: before its start
    /// (before the employer learned of the pregnancy, or the date counted in its place) or after its end.
    /// </returns>
    /// <remarks>
    /// <para>The law counts from the day the employer learns of the pregnancy; the school's plan says from the day of
    /// pregnancy. The law wins: the notification date is used when given; when only the pregnancy start is known, it is
    /// used and <see cref="ProtectionPeriodStatus.StartBasis"/> says so.</para>
    /// <para>The day of delivery is the first post-delivery day. The periods after delivery follow 民法 §120 II–§121:
    /// a delivery on 2024-01-15 is "under six months" through 2024-07-15 and "under one year" through 2025-01-15;
    /// a delivery on 31 August is under six months through the last day of February.</para>
    /// <para>A stillbirth after 24 weeks counts as a delivery. After the year, a breastfeeding worker stays covered only
    /// under <see cref="BreastfeedingCoverage.WhileBreastfeeding"/>.</para>
    /// </remarks>
    public static ProtectionPeriodStatus PeriodOn(MaternalStatus status, DateOnly date, MaternalOptions options)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(options);
        Guard.Plausible(date, "date", "MAT-1");

        var (start, basis) = StartOf(status);
        var phase = PhaseCore(status, date, options, start);
        var yearAfter = MaternalParameters.ProtectionAfterDelivery.At(date);
        List<Citation> citations = [yearAfter.Citation];
        if (phase is ProtectionPhase.Under6MonthsAfterDelivery or ProtectionPhase.SixMonthsToUnder1YearAfterDelivery)
        {
            citations.Add(MaternalParameters.EarlyPostpartumPeriod.At(date).Citation);
        }
        else if (phase == ProtectionPhase.Breastfeeding)
        {
            citations.Add(SchoolPlanBreastfeeding);
        }

        DateOnly? legalEnd = status.DeliveredOn is { } delivered ? CivilCode.PeriodEndAfter(delivered, yearAfter.Value) : null;
        OutsideProtectionReason? outside = phase != ProtectionPhase.Outside ? null
            : date < start ? OutsideProtectionReason.BeforeStart
            : OutsideProtectionReason.AfterEnd;
        return new ProtectionPeriodStatus(status.WorkerId, date, phase, start, basis, legalEnd, outside, citations)
        {
            Source = status,
            SourceId = status.Id,
        };
    }

    private static readonly Citation SchoolPlanBreastfeeding = new(LawName.MaternalProtectionGuideline) { Note = "事業單位母性健康保護計畫：哺乳之女性勞工" };

    private static (DateOnly Start, ProtectionStartBasis Basis) StartOf(MaternalStatus status) => status switch
    {
        { EmployerNotifiedOn: { } n } => (n, ProtectionStartBasis.EmployerNotification),
        { PregnantSince: { } p } => (p, ProtectionStartBasis.PregnancyDateOnly),
        _ => (status.DeliveredOn!.Value, ProtectionStartBasis.DeliveryDateOnly),
    };

    private static ProtectionPhase PhaseCore(MaternalStatus status, DateOnly date, MaternalOptions options, DateOnly start)
    {
        if (date < start)
        {
            return ProtectionPhase.Outside;
        }

        if (status.DeliveredOn is not { } d || date < d)
        {
            return ProtectionPhase.Pregnant;
        }

        if (CivilCode.IsWithinPeriodAfter(d, MaternalParameters.EarlyPostpartumPeriod.ValueAt(date), date))
        {
            return ProtectionPhase.Under6MonthsAfterDelivery;
        }

        if (CivilCode.IsWithinPeriodAfter(d, MaternalParameters.ProtectionAfterDelivery.ValueAt(date), date))
        {
            return ProtectionPhase.SixMonthsToUnder1YearAfterDelivery;
        }

        return status.IsBreastfeeding && options.BreastfeedingCoverage == BreastfeedingCoverage.WhileBreastfeeding
            ? ProtectionPhase.Breastfeeding
            : ProtectionPhase.Outside;
    }
}
