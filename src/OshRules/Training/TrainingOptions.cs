namespace OshRules.Training;

/// <summary>
/// Options of the training family (教育訓練選項), inserted once per session. Immutable and thread-safe.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>The options with every default.</summary>
    public static readonly TrainingOptions Default = new();

    /// <summary>The working-day calendar used for the OSH-card record window (EDU-8).</summary>
    /// <value>The default value is <see cref="WeekendsOnlyCalendar.Instance"/>: Saturdays and Sundays off, no public holidays.</value>
    public IHolidayCalendar HolidayCalendar
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = WeekendsOnlyCalendar.Instance;
}
