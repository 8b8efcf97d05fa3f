namespace OshRules.Training;

/// <summary>
/// The default calendar (預設工作日曆): Monday to Friday are working days, Saturday and Sunday are not, and there are
/// no public holidays. Immutable and thread-safe.
/// </summary>
/// <remarks>Use <see cref="HolidayCalendar"/> to add Taiwan's public holidays and make-up working days (補班日).</remarks>
public sealed class WeekendsOnlyCalendar : IHolidayCalendar
{
    private WeekendsOnlyCalendar()
    {
    }

    /// <summary>The single instance.</summary>
    public static WeekendsOnlyCalendar Instance { get; } = new();

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
