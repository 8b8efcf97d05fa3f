namespace OshRules.HealthExams;

/// <summary>
/// Options of the health-examination rules where the law is silent and practice differs (健康檢查規則選項).
/// Inserted as a fact, one per session. Immutable and thread-safe.
/// </summary>
public sealed record HealthExamOptions
{
    /// <summary>The defaults: day-exact counting, periodic exams from hiring (預設值).</summary>
    public static HealthExamOptions Default { get; } = new();

    /// <summary>How the due day of a periodic exam is counted (到期日計算方式).</summary>
    /// <value>The default value is <see cref="DueDateCounting.DayExact"/>.</value>
    /// <exception cref="Law.OshValidationException">Not a known policy.</exception>
    public DueDateCounting Counting { get; init => field = Law.Guard.Defined(value, "HealthExamOptions.Counting", "options"); } = DueDateCounting.DayExact;

    /// <summary>When periodic general exams start (定期一般健康檢查適用對象).</summary>
    /// <value>The default value is <see cref="PeriodicExamEligibility.FromHiring"/> (the law's reading).</value>
    /// <exception cref="Law.OshValidationException">Not a known policy.</exception>
    public PeriodicExamEligibility Eligibility { get; init => field = Law.Guard.Defined(value, "HealthExamOptions.Eligibility", "options"); } = PeriodicExamEligibility.FromHiring;
}
