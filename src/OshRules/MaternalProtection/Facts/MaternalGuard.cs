using System.Globalization;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>Input checks shared by the maternal-protection facts; each names the field and the rule id.</summary>
internal static class MaternalGuard
{
    /// <summary>Largest measurement accepted; far above any physical reading, and safely inside <see cref="decimal"/>.</summary>
    private const double MaxMeasurement = 1e12;

    public static string WorkerId(string? value, string field, string rule) => Guard.NotBlank(value, field, rule, 64);

    /// <summary>
    /// A finite, non-negative measurement, returned as the decimal the calculators compare with, so that 80.0 dBA is
    /// exactly 80 and 79.9 stays below it (a <see cref="double"/> converts to at most 15 significant digits).
    /// </summary>
    public static decimal Measurement(double value, string field, string rule)
    {
        Guard.FiniteNonNegative(value, field, rule);
        if (value > MaxMeasurement)
        {
            throw new OshValidationException(field, rule, $"is implausibly large (was {value.ToString(CultureInfo.InvariantCulture)})");
        }

        return (decimal)value;
    }

    public static decimal Positive(double value, string field, string rule)
    {
        var d = Measurement(value, field, rule);
        if (d == 0m)
        {
            throw new OshValidationException(field, rule, "must be greater than zero");
        }

        return d;
    }
}
