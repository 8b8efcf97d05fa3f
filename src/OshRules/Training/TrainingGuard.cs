using System.Globalization;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>Checks of training hours and scores that throw <see cref="OshValidationException"/>.</summary>
internal static class TrainingGuard
{
    /// <summary>The most hours a single record or course may carry; more is taken as a data error.</summary>
    public const decimal MaxHours = 10_000m;

    public static decimal Hours(decimal value, string field, string rule)
    {
        if (value < 0)
        {
            throw new OshValidationException(field, rule, $"must not be negative (was {value.ToString(CultureInfo.InvariantCulture)})");
        }

        if (value > MaxHours)
        {
            throw new OshValidationException(field, rule, $"must be at most {MaxHours.ToString(CultureInfo.InvariantCulture)} hours");
        }

        return value;
    }
}
