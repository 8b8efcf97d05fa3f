using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A worker's training category (教育訓練對象): the §18 I item of the work they do and the day they began it.
/// Immutable and thread-safe; validated on construction.
/// </summary>
public sealed record TrainingProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="item">The §18 I item (1–13).</param>
    /// <param name="assignedOn">The day the worker was hired into, or changed to, this work (新僱或變更工作之日);
    /// the first in-service period counts from it.</param>
    /// <exception cref="OshValidationException">A field is invalid; an unknown item names rule EDU-9.</exception>
    public TrainingProfile(string workerId, InServiceItem item, DateOnly assignedOn)
    {
        WorkerId = Guard.NotBlank(workerId, "TrainingProfile.WorkerId", "EDU-9", 64);
        Item = TrainingObligationCalculator.CheckItem(item, "TrainingProfile.Item");
        AssignedOn = Guard.Plausible(assignedOn, "TrainingProfile.AssignedOn", "EDU-9");
        GeneralTrainingCountsFrom = assignedOn;
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>The §18 I item (第18條第1項各款).</summary>
    public InServiceItem Item { get; }

    /// <summary>The day the worker was hired into or changed to this work (到職或變更工作日).</summary>
    public DateOnly AssignedOn { get; }

    /// <summary>
    /// The first day from which general-training records count for this hire or change of work. General training is
    /// due before the work begins, so a session held shortly before <see cref="AssignedOn"/> may be counted by setting
    /// this earlier.
    /// </summary>
    /// <value>The default value is <see cref="AssignedOn"/>.</value>
    public DateOnly GeneralTrainingCountsFrom
    {
        get;
        init => field = Guard.NotAfter(Guard.Plausible(value, "TrainingProfile.GeneralTrainingCountsFrom", "EDU-9"), AssignedOn, "TrainingProfile.GeneralTrainingCountsFrom", "the assignment date", "EDU-9");
    }

    /// <summary>
    /// Hours of general training the work needs (附表十四: at least 3 hours, more for some work), or null for the legal
    /// minimum.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the minimum of <see cref="TrainingParameters.GeneralTrainingMinimumHours"/>.</value>
    public decimal? GeneralTrainingHours
    {
        get;
        init => field = value is { } v ? TrainingGuard.Hours(v, "TrainingProfile.GeneralTrainingHours", "EDU-9") : null;
    }

    /// <summary>Whether the platform's hours may offset this worker's in-service training (items 10–13, EDU-7).</summary>
    public bool PlatformHoursOffsetInService => TrainingObligationCalculator.PlatformHoursOffsetInService(Item);

    /// <summary>Describes the profile without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"TrainingProfile {{ WorkerId = <redacted>, Item = {(int)Item}, AssignedOn = {AssignedOn:yyyy-MM-dd} }}";
}
