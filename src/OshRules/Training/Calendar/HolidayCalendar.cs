using System.Collections.Frozen;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A working-day calendar with public holidays (國定假日) and make-up working days (補班日) on top of the weekends.
/// Immutable and thread-safe.
/// </summary>
public sealed class HolidayCalendar : IHolidayCalendar
{
    private readonly FrozenSet<DateOnly> holidays;
    private readonly FrozenSet<DateOnly> makeUpWorkingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Days off besides weekends (國定假日、彈性放假日).</param>
    /// <param name="makeUpWorkingDays">Weekend days that are working days (補班日); none by default.</param>
    public HolidayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly>? makeUpWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        this.holidays = holidays.Select(d => Guard.Plausible(d, "HolidayCalendar.Holidays", "EDU-8")).ToFrozenSet();
        this.makeUpWorkingDays = (makeUpWorkingDays ?? []).Select(d => Guard.Plausible(d, "HolidayCalendar.MakeUpWorkingDays", "EDU-8")).ToFrozenSet();
    }

    /// <inheritdoc/>
    /// <remarks>A day listed both as a holiday and as a make-up working day is a holiday.</remarks>
    public bool IsWorkingDay(DateOnly date) =>
        !holidays.Contains(date) && (makeUpWorkingDays.Contains(date) || WeekendsOnlyCalendar.Instance.IsWorkingDay(date));
}
