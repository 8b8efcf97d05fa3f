using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// Part A of the form, basic data (基本資料): unit, job, title, sex, age, years of service, height, weight and
/// dominant hand. Every field is optional, as on a paper form. Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// NMQ-1. The basic data describe the respondent for 表 3/表 4 listings; they never change the grade. The name on
/// the paper form is deliberately not a field: the questionnaire is keyed by a pseudonymous worker id.
/// </remarks>
public sealed record NmqBasicData
{
    private readonly int? age;
    private readonly double? yearsOfService;
    private readonly double? heightCm;
    private readonly double? weightKg;
    private readonly Sex? sex;
    private readonly DominantHand? dominantHand;

    /// <summary>Unit, section or department (處室/科組別), at most 200 characters.</summary>
    /// <exception cref="OshValidationException">Longer than 200 characters.</exception>
    public string? Unit { get; init => field = Guard.FreeText(value, "NmqBasicData.Unit", "NMQ-1", 200); }

    /// <summary>Job content (工作內容), at most 2000 characters.</summary>
    /// <exception cref="OshValidationException">Longer than 2000 characters.</exception>
    public string? JobContent { get; init => field = Guard.FreeText(value, "NmqBasicData.JobContent", "NMQ-1", 2000); }

    /// <summary>Job title (職稱), at most 200 characters.</summary>
    /// <exception cref="OshValidationException">Longer than 200 characters.</exception>
    public string? JobTitle { get; init => field = Guard.FreeText(value, "NmqBasicData.JobTitle", "NMQ-1", 200); }

    /// <summary>Sex (性別).</summary>
    /// <exception cref="OshValidationException">Not a known code.</exception>
    public Sex? Sex
    {
        get => sex;
        init => sex = value is { } v ? Guard.Defined(v, "NmqBasicData.Sex", "NMQ-1") : null;
    }

    /// <summary>Age in years (年齡), 15–100.</summary>
    /// <exception cref="OshValidationException">Outside 15–100.</exception>
    public int? Age
    {
        get => age;
        init => age = value is { } v ? Guard.InRange(v, 15, 100, "NmqBasicData.Age", "NMQ-1") : null;
    }

    /// <summary>Years of service (年資), 0–70.</summary>
    /// <exception cref="OshValidationException">Negative, not finite or over 70.</exception>
    public double? YearsOfService
    {
        get => yearsOfService;
        init => yearsOfService = Bounded(value, 70, "NmqBasicData.YearsOfService");
    }

    /// <summary>Height in centimetres (身高), at most 250.</summary>
    /// <exception cref="OshValidationException">Negative, not finite or over 250.</exception>
    public double? HeightCm
    {
        get => heightCm;
        init => heightCm = Bounded(value, 250, "NmqBasicData.HeightCm");
    }

    /// <summary>Weight in kilograms (體重), at most 300.</summary>
    /// <exception cref="OshValidationException">Negative, not finite or over 300.</exception>
    public double? WeightKg
    {
        get => weightKg;
        init => weightKg = Bounded(value, 300, "NmqBasicData.WeightKg");
    }

    /// <summary>Dominant hand (慣用手).</summary>
    /// <exception cref="OshValidationException">Not a known code.</exception>
    public DominantHand? DominantHand
    {
        get => dominantHand;
        init => dominantHand = value is { } v ? Guard.Defined(v, "NmqBasicData.DominantHand", "NMQ-1") : null;
    }

    private static double? Bounded(double? value, double max, string field)
    {
        if (Guard.FiniteNonNegative(value, field, "NMQ-1") is not { } v)
        {
            return null;
        }

        if (v > max)
        {
            throw new OshValidationException(field, "NMQ-1", $"must be at most {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return v;
    }
}
