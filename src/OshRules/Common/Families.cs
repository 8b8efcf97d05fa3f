namespace OshRules.Common;

/// <summary>Tags of the four rule families (規則類別), used to select rules when compiling.</summary>
public static class Families
{
    /// <summary>Health examinations (勞工健康檢查), 勞工健康保護規則.</summary>
    public const string HealthExams = "HealthExams";

    /// <summary>Ergonomic hazards and NMQ grading (人因性危害預防).</summary>
    public const string Ergonomics = "Ergonomics";

    /// <summary>Maternal health protection (母性健康保護).</summary>
    public const string MaternalProtection = "MaternalProtection";

    /// <summary>E-learning exams and training hours (數位學習與教育訓練).</summary>
    public const string Training = "Training";

    /// <summary>All four family tags.</summary>
    public static IReadOnlyList<string> All { get; } = [HealthExams, Ergonomics, MaternalProtection, Training];
}
