using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// The worker's health self-assessment 附表二 (妊娠及分娩後未滿一年之勞工健康情形自我評估表), MAT-14.
/// Immutable and thread-safe.
/// </summary>
public sealed record SelfAssessment
{
    private const string Rule = "MAT-14";

    /// <summary>Creates the self-assessment.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="ageYears">Age in years as written on the form (年齡), 10–80.</param>
    public SelfAssessment(string workerId, int ageYears)
    {
        WorkerId = MaternalGuard.WorkerId(workerId, "SelfAssessment.WorkerId", Rule);
        AgeYears = Guard.InRange(ageYears, 10, 80, "SelfAssessment.AgeYears", Rule);
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>Age in years (年齡).</summary>
    public int AgeYears { get; }

    /// <summary>Pre-pregnancy weight in kg (孕前體重), if given; finite and positive.</summary>
    public double? PrePregnancyWeightKg
    {
        get;
        init => field = value is { } v ? (double)MaternalGuard.Positive(v, "SelfAssessment.PrePregnancyWeightKg", Rule) : null;
    }

    /// <summary>Height in cm (身高), if given; finite and positive.</summary>
    public double? HeightCm
    {
        get;
        init => field = value is { } v ? (double)MaternalGuard.Positive(v, "SelfAssessment.HeightCm", Rule) : null;
    }

    /// <summary>Smokes (抽菸).</summary>
    public bool Smoking { get; init; }

    /// <summary>Drinks alcohol (喝酒).</summary>
    public bool Alcohol { get; init; }

    /// <summary>Takes medication (藥物).</summary>
    public bool Medication { get; init; }

    /// <summary>Has no regular prenatal check-ups (沒有規律產檢).</summary>
    public bool NoRegularPrenatalChecks { get; init; }

    /// <summary>Multiple pregnancy (多胞胎).</summary>
    public bool MultiplePregnancy { get; init; }

    /// <summary>Past illnesses (過去疾病史).</summary>
    public MedicalHistory History { get; init => field = Flags(value, 63, "SelfAssessment.History"); }

    /// <summary>Psychological conditions (個人心理狀況).</summary>
    public MentalHealth MentalHealth { get; init => field = Flags(value, 7, "SelfAssessment.MentalHealth"); }

    /// <summary>Symptoms (自覺徵狀).</summary>
    public Symptoms Symptoms { get; init => field = Flags(value, 7, "SelfAssessment.Symptoms"); }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => "SelfAssessment { WorkerId = <redacted>, answers = <redacted> }";

    private static T Flags<T>(T value, int known, string field)
        where T : struct, Enum
    {
        if ((Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) & ~known) != 0)
        {
            throw new OshValidationException(field, Rule, "contains an unknown flag");
        }

        return value;
    }
}
