using OshRules.Common;
using OshRules.MaternalProtection;

namespace OshRules.Tests.MaternalProtection;

internal static class MaternalTestData
{
    public const string Id = "W-001";

    public static readonly EvaluationDate AsOf = new(new DateOnly(2025, 3, 1));

    /// <summary>Pregnant since 2024-12-01, the employer told on 2025-01-10, due 2025-08-20.</summary>
    public static MaternalStatus Pregnant(string id = Id) =>
        new(id, employerNotifiedOn: new DateOnly(2025, 1, 10), pregnantSince: new DateOnly(2024, 12, 1), expectedDelivery: new DateOnly(2025, 8, 20));

    /// <summary>Delivered on 2025-01-15 (so under six months on <see cref="AsOf"/>).</summary>
    public static MaternalStatus Delivered(DateOnly deliveredOn, bool breastfeeding = false, string id = Id) =>
        new(id, employerNotifiedOn: deliveredOn.AddDays(-200), pregnantSince: deliveredOn.AddDays(-270), deliveredOn: deliveredOn, isBreastfeeding: breastfeeding);

    public static MaternalStatus Delivered(string deliveredOn, bool breastfeeding = false) => Delivered(DateOnly.Parse(deliveredOn, System.Globalization.CultureInfo.InvariantCulture), breastfeeding);

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
