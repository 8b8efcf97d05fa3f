namespace OshRules.Law;

/// <summary>
/// Age and period arithmetic of the Civil Code (民法 §120, §121, §124). Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>This is the one place that shifts dates by years or months; everything else calls it.
/// The BCL's <c>DateOnly.AddYears</c> moves 29 February to 28 February; the Civil Code
/// does not always agree, so it is not used directly elsewhere.</para>
/// <para>民法 §121 I–II: a period fixed in months or years ends on the day before the day of the last month
/// that corresponds to the first day of the period; where the last month has no such day, it ends on the
/// last day of that month. §120 II: when a period starts from an event during a day, that day is not
/// counted. §124 I: age is counted from the day of birth (that day is counted).</para>
/// </remarks>
public static class CivilCode
{
    /// <summary>The earliest date the library accepts for any input (1900-01-01).</summary>
    public static readonly DateOnly EarliestSupportedDate = new(1900, 1, 1);

    /// <summary>The latest date the library accepts for any input (2199-12-31).</summary>
    public static readonly DateOnly LatestSupportedDate = new(2199, 12, 31);

    /// <summary>
    /// The age in whole years (年齡, 年滿 N 歲) of a person born on <paramref name="birthDate"/>, on <paramref name="date"/>.
    /// </summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="date">The day on which the age is wanted; not before the birth date.</param>
    /// <returns>The completed years of age.</returns>
    /// <remarks>A person born on 29 February reaches a new age on 1 March in a common year (民法 §121 II, §124 I).</remarks>
    /// <exception cref="OshValidationException">The date is before the birth date, or a date is outside the supported range.</exception>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        Guard.Plausible(birthDate, "birthDate", "民法 §124");
        Guard.Plausible(date, "date", "民法 §124");
        if (date < birthDate)
        {
            throw new OshValidationException("date", "民法 §124", "must not be before the birth date");
        }

        var age = date.Year - birthDate.Year;
        if (DayReachingAge(birthDate, age) > date)
        {
            age--;
        }

        return age;
    }

    /// <summary>
    /// The day on which a person born on <paramref name="birthDate"/> reaches age <paramref name="age"/> (年滿 N 歲之日).
    /// </summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="age">The age, 0 or more.</param>
    /// <returns>The birthday anniversary, or 1 March for a 29-February birth in a common year.</returns>
    public static DateOnly DayReachingAge(DateOnly birthDate, int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        if (age == 0)
        {
            return birthDate;
        }

        // The period of `age` years counted from the birth day ends on the day before the corresponding
        // day; the new age starts the day after that end.
        return PeriodEnd(birthDate, CalendarPeriod.OfYears(age)).AddDays(1);
    }

    /// <summary>
    /// The last day of a period whose first day is <paramref name="firstDay"/> (民法 §121).
    /// </summary>
    /// <param name="firstDay">The first day counted in the period.</param>
    /// <param name="period">Its length in years and months.</param>
    /// <returns>The day before the corresponding day of the last month, or that month's last day when it has none.</returns>
    public static DateOnly PeriodEnd(DateOnly firstDay, CalendarPeriod period)
    {
        var totalMonths = (firstDay.Year * 12) + firstDay.Month - 1 + period.TotalMonths;
        var year = totalMonths / 12;
        var month = (totalMonths % 12) + 1;
        if (year > DateOnly.MaxValue.Year)
        {
            throw new OshValidationException(nameof(firstDay), "民法 §121", "the period ends beyond the supported calendar");
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        return firstDay.Day <= daysInMonth
            ? new DateOnly(year, month, firstDay.Day).AddDays(-1)
            : new DateOnly(year, month, daysInMonth);
    }

    /// <summary>
    /// The last day of a period that starts from an event on <paramref name="eventDay"/>: the event's own day is
    /// not counted (民法 §120 II), so the period runs from the next day.
    /// </summary>
    /// <param name="eventDay">The day of the event (an exam, a delivery).</param>
    /// <param name="period">The length of the period.</param>
    /// <returns>
    /// The last day of the period: for most dates the anniversary of the event (exam on 2023-06-15, one year →
    /// 2024-06-15); for an event on the last day of a month, the last day of the target month.
    /// </returns>
    public static DateOnly PeriodEndAfter(DateOnly eventDay, CalendarPeriod period) =>
        PeriodEnd(eventDay.AddDays(1), period);

    /// <summary>
    /// Whether <paramref name="date"/> lies within <paramref name="period"/> after the event of <paramref name="eventDay"/>
    /// (e.g. 分娩後一年內, 產後未滿六個月): after the event day and not after the period's last day.
    /// </summary>
    /// <param name="eventDay">The day of the event.</param>
    /// <param name="period">The period.</param>
    /// <param name="date">The day asked about.</param>
    /// <returns><see langword="true"/> when the period has not yet run out on <paramref name="date"/>.</returns>
    public static bool IsWithinPeriodAfter(DateOnly eventDay, CalendarPeriod period, DateOnly date) =>
        date >= eventDay && date <= PeriodEndAfter(eventDay, period);
}
