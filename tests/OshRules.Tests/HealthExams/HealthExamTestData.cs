using OshRules.Common;
using OshRules.HealthExams;

namespace OshRules.Tests.HealthExams;

internal static class HealthExamTestData
{
    public const string WorkerId = "W-001";

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Worker Worker(string birth, string? hired = null, string id = WorkerId) =>
        new(id, D(birth), Sex.Female, hired is null ? null : D(hired));

    public static EvaluationDate AsOf(string date, int dueSoonDays = EvaluationDate.DefaultDueSoonDays) => new(D(date), dueSoonDays);

    public static ExamRecord General(string date, string id = WorkerId) => new(id, ExamKind.PeriodicGeneral, D(date));

    public static ExamRecord Hiring(string date, string id = WorkerId) => new(id, ExamKind.GeneralPhysical, D(date));

    public static ExamRecord Special(string date, SpecialHazard hazard, ExamKind kind = ExamKind.SpecialPeriodic, ManagementLevel? level = null, string id = WorkerId) =>
        new(id, kind, D(date), hazard, level);

    public static readonly SpecialHazard Noise = new(HazardCategory.Noise);

    public static readonly SpecialHazard Dust = new(HazardCategory.Dust);
}
