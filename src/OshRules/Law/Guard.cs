using System.Runtime.CompilerServices;

namespace OshRules.Law;

/// <summary>Argument checks that throw <see cref="OshValidationException"/> naming the field and rule.</summary>
internal static class Guard
{
    public static double FiniteNonNegative(double value, string field, string rule)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new OshValidationException(field, rule, "must be a finite number");
        }

        if (value < 0)
        {
            throw new OshValidationException(field, rule, $"must not be negative (was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }

        return value;
    }

    public static double? FiniteNonNegative(double? value, string field, string rule) =>
        value is { } v ? FiniteNonNegative(v, field, rule) : null;

    public static int InRange(int value, int min, int max, string field, string rule)
    {
        if (value < min || value > max)
        {
            throw new OshValidationException(field, rule, $"must be between {min} and {max} (was {value})");
        }

        return value;
    }

    public static T Defined<T>(T value, string field, string rule)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new OshValidationException(field, rule, $"is not a known {typeof(T).Name} code");
        }

        return value;
    }

    public static T Flags<T>(T value, string field, string rule)
        where T : struct, Enum
    {
        long all = 0;
        foreach (var v in Enum.GetValues<T>())
        {
            all |= Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
        }

        if ((Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~all) != 0)
        {
            throw new OshValidationException(field, rule, $"is not a known combination of {typeof(T).Name} codes");
        }

        return value;
    }

    public static T[] NoNullElements<T>(IEnumerable<T?> items, string field, string rule)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, field);
        var array = items.ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw NullElement(field, rule);
        }

        return array!;
    }

    /// <summary>One element of a collection read in a single pass (no copy made), refused when null as <see cref="NoNullElements"/> refuses it.</summary>
    public static T Element<T>(T? item, string field, string rule)
        where T : class => item ?? throw NullElement(field, rule);

    private static OshValidationException NullElement(string field, string rule) => new(field, rule, "must not contain a null element");

    public static string? FreeText(string? value, string field, string rule, int maxLength)
    {
        if (value is { Length: var n } && n > maxLength)
        {
            throw new OshValidationException(field, rule, $"must be at most {maxLength} characters");
        }

        return value is null ? null : WellFormed(value, field, rule);
    }

    public static string NotBlank(string? value, string field, string rule, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new OshValidationException(field, rule, "must not be empty");
        }

        if (value.Length > maxLength)
        {
            throw new OshValidationException(field, rule, $"must be at most {maxLength} characters");
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new OshValidationException(field, rule, "must not contain control characters");
            }
        }

        return WellFormed(value, field, rule);
    }

    /// <summary>
    /// Refuses text with an unpaired surrogate: it is not Unicode text, and JSON (or any UTF-8 output) would silently
    /// write U+FFFD in its place, so a key would not read back as itself.
    /// </summary>
    public static string WellFormed(string value, string field, string rule)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw new OshValidationException(field, rule, "must be well-formed Unicode text (it has an unpaired surrogate)");
            }
        }

        return value;
    }

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static DateOnly NotAfter(DateOnly value, DateOnly limit, string field, string limitName, string rule)
    {
        if (value > limit)
        {
            throw new OshValidationException(field, rule, $"must not be after {limitName}");
        }

        return value;
    }

    public static DateOnly Plausible(DateOnly value, string field, string rule)
    {
        if (value < CivilCode.EarliestSupportedDate || value > CivilCode.LatestSupportedDate)
        {
            throw new OshValidationException(field, rule, $"must lie between {CivilCode.EarliestSupportedDate:yyyy-MM-dd} and {CivilCode.LatestSupportedDate:yyyy-MM-dd}");
        }

        return value;
    }
}
