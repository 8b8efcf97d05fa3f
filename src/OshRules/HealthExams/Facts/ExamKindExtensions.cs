namespace OshRules.HealthExams;

/// <summary>Helpers on <see cref="ExamKind"/> (健康檢查種類).</summary>
public static class ExamKindExtensions
{
    /// <summary>Whether the exam is a general one, on hiring or periodic (一般體格檢查或一般健康檢查).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="ExamKind.GeneralPhysical"/> and <see cref="ExamKind.PeriodicGeneral"/>.</returns>
    public static bool IsGeneral(this ExamKind kind) => kind is ExamKind.GeneralPhysical or ExamKind.PeriodicGeneral;

    /// <summary>Whether the exam is a special one, physical or periodic (特殊體格檢查或特殊健康檢查).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="ExamKind.SpecialPhysical"/> and <see cref="ExamKind.SpecialPeriodic"/>.</returns>
    public static bool IsSpecial(this ExamKind kind) => kind is ExamKind.SpecialPhysical or ExamKind.SpecialPeriodic;
}
