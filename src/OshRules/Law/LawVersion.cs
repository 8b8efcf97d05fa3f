using System.Globalization;

namespace OshRules.Law;

/// <summary>
/// A version of a legal text (法規版本): the date it was promulgated or amended (發布/修正日) and the date it took effect (施行日).
/// Immutable and thread-safe.
/// </summary>
/// <param name="Amended">The promulgation or amendment date, e.g. 2021-12-22 (民國 110.12.22).</param>
/// <param name="EffectiveFrom">The date from which the text applies.</param>
public readonly record struct LawVersion(DateOnly Amended, DateOnly EffectiveFrom)
{
    /// <summary>A version that took effect on the day it was amended.</summary>
    /// <param name="amended">The amendment date.</param>
    /// <returns>The version.</returns>
    public static LawVersion On(DateOnly amended) => new(amended, amended);

    /// <summary>Formats as the ROC date of amendment with 修正, e.g. <c>110.12.22 修正</c>.</summary>
    /// <returns>The Chinese label.</returns>
    public string ToChineseString() => RocDate.Format(Amended, RocDateStyle.Dotted) + " 修正";

    /// <summary>Formats as <c>text of 2021-12-22</c>.</summary>
    /// <returns>The English label.</returns>
    public override string ToString() => "text of " + Amended.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
