namespace OshRules.Training;

/// <summary>
/// A working-day calendar (工作日曆): tells which days are working days, so that "3–4 working days" (3-4個工作天)
/// can be counted. Implementations must be immutable and thread-safe.
/// </summary>
public interface IHolidayCalendar
{
    /// <summary>Whether <paramref name="date"/> is a working day (工作日).</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    bool IsWorkingDay(DateOnly date);
}
