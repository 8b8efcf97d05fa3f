using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A CAS registry number (CAS 編號), validated by its check digit. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The form is 2–7 digits, 2 digits and one check digit, separated by hyphens (e.g. 109-86-4). The check digit is the
/// sum of the other digits, each times its position counted from the right starting at 1, modulo 10.
/// </remarks>
public readonly record struct CasNumber
{
    private CasNumber(string value) => Value = value;

    /// <summary>The canonical text, e.g. 109-86-4.</summary>
    public string Value { get; }

    /// <summary>Parses a CAS number and checks its check digit.</summary>
    /// <param name="text">The text, e.g. 7718-54-9; surrounding blanks are ignored.</param>
    /// <returns>The number.</returns>
    /// <exception cref="OshValidationException">The text is not a CAS number or its check digit is wrong.</exception>
    public static CasNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var cas, out var problem)
            ? cas
            : throw new OshValidationException("CasNumber", "MAT-16", problem);
    }

    /// <summary>Tries to parse a CAS number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number when valid.</param>
    /// <returns><see langword="true"/> when the text is a CAS number with a correct check digit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CasNumber result) => TryParse(text, out result, out _);

    /// <summary>The canonical text.</summary>
    /// <returns>E.g. 109-86-4.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static bool TryParse(string? text, out CasNumber result, out string problem)
    {
        result = default;
        var parts = text?.Trim().Split('-');
        if (parts is not { Length: 3 } || parts[0].Length is < 2 or > 7 || parts[1].Length != 2 || parts[2].Length != 1
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            problem = "must have the form NNNNNNN-NN-N (2–7 digits, 2 digits, 1 check digit)";
            return false;
        }

        var digits = parts[0] + parts[1];
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[digits.Length - 1 - i] - '0') * (i + 1);
        }

        if (sum % 10 != parts[2][0] - '0')
        {
            problem = "has a wrong check digit";
            return false;
        }

        problem = string.Empty;
        result = new CasNumber(string.Create(CultureInfo.InvariantCulture, $"{long.Parse(parts[0], CultureInfo.InvariantCulture)}-{parts[1]}-{parts[2]}"));
        return true;
    }
}
