using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// OSH-card (職安卡) requirements of construction workers, EDU-8. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Manual, 平台Q&amp;A: 勞工若沒有職安卡，第一次需要參加實體教育訓練6小時（無法透過線上課程）取得職安卡；惟後續回訓可透過
/// 數位學習平台上的【營造業】課程…; 數位學習通過後，約3-4天工作天才會回傳職安卡記錄. The working days are counted from the
/// day after the pass (the pass day itself is not counted, as in 民法 §120 II); weekends are skipped, and public
/// holidays through the injected <see cref="IHolidayCalendar"/>.
/// </remarks>
public static class OshCardCalculator
{
    /// <summary>The most calendar days scanned for one working day; a calendar with no working day in a year is rejected.</summary>
    private const int MaxScanDays = 366;

    /// <summary>The most working days counted at once (about ten years), so a count always ends within the supported dates.</summary>
    private const int MaxWorkingDays = 2600;

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="day"/> (第N個工作天).</summary>
    /// <param name="day">The day of the event; not counted.</param>
    /// <param name="workingDays">How many working days, 1–2600.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The day.</returns>
    /// <exception cref="OshValidationException">The day is outside the supported dates, the count is outside 1–2600, or the calendar has no working day for a whole year.</exception>
    public static DateOnly WorkingDaysAfter(DateOnly day, int workingDays, IHolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Guard.Plausible(day, "day", "EDU-8");
        Guard.InRange(workingDays, 1, MaxWorkingDays, "workingDays", "EDU-8");
        var current = day;
        for (var counted = 0; counted < workingDays;)
        {
            var scanned = 0;
            do
            {
                current = current.AddDays(1);
                if (++scanned > MaxScanDays)
                {
                    throw new OshValidationException("TrainingOptions.HolidayCalendar", "EDU-8", "has no working day within a year");
                }
            }
            while (!calendar.IsWorkingDay(current));

            counted++;
        }

        return current;
    }

    /// <summary>The first-card requirement of a worker without a card (EDU-8): 6 hours in person; online does not count.</summary>
    /// <param name="card">The card status; must be <see cref="OshCardState.None"/>.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="OshValidationException">The worker already holds a card.</exception>
    public static OshCardRequirement FirstCard(OshCardStatus card, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(card);
        Guard.Plausible(asOf, "asOf", "EDU-8");
        if (!card.NeedsFirstCard)
        {
            throw new OshValidationException("OshCardStatus.State", "EDU-8", "the worker already holds a card");
        }

        var hours = TrainingParameters.FirstCardInPersonHours.At(asOf);
        return new OshCardRequirement
        {
            WorkerId = card.WorkerId,
            Kind = OshCardRequirementKind.FirstCardNeedsInPersonTraining,
            InPersonHoursRequired = hours.Value,
            Basis = [hours.Citation],
        };
    }

    /// <summary>The window in which a card holder's pass of a construction course should reach the card system (EDU-8).</summary>
    /// <param name="card">The card status; must be <see cref="OshCardState.Held"/>.</param>
    /// <param name="status">The passed construction course.</param>
    /// <param name="options">The family options (the working-day calendar).</param>
    /// <returns>The requirement with the 3rd and 4th working days after the pass.</returns>
    /// <exception cref="OshValidationException">No card, the course is not a construction course, or not passed.</exception>
    public static OshCardRequirement RecordWindow(OshCardStatus card, CourseStatus status, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(options);
        if (card.NeedsFirstCard)
        {
            throw new OshValidationException("OshCardStatus.State", "EDU-8", "a first card needs in-person training; an online pass does not count");
        }

        if (!status.IsConstructionCourse || status.PassedOn is not { } passedOn)
        {
            throw new OshValidationException("CourseStatus", "EDU-8", "the record window needs a passed construction course");
        }

        var min = TrainingParameters.CardRecordWorkingDaysMin.At(passedOn);
        var max = TrainingParameters.CardRecordWorkingDaysMax.At(passedOn);
        return new OshCardRequirement
        {
            WorkerId = card.WorkerId,
            Kind = OshCardRequirementKind.RetrainingRecordExpected,
            InPersonHoursRequired = 0m,
            CourseId = status.CourseId,
            PassedOn = passedOn,
            RecordExpectedFrom = WorkingDaysAfter(passedOn, min.Value, options.HolidayCalendar),
            RecordExpectedBy = WorkingDaysAfter(passedOn, max.Value, options.HolidayCalendar),
            Basis = [min.Citation],
        };
    }
}
