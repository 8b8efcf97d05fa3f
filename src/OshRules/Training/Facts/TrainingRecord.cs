using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// Hours of OSH training a worker received on a day (教育訓練紀錄). Immutable and thread-safe; validated on construction.
/// </summary>
public sealed record TrainingRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="date">The day of the training (or of the e-learning pass).</param>
    /// <param name="hours">Hours received, 0 or more.</param>
    /// <param name="purpose">General training on hiring/change of work, or in-service.</param>
    /// <param name="delivery">In person, designated or recognised e-learning.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public TrainingRecord(string workerId, DateOnly date, decimal hours, TrainingPurpose purpose, TrainingDelivery delivery)
    {
        WorkerId = Guard.NotBlank(workerId, "TrainingRecord.WorkerId", "EDU-9", 64);
        Date = Guard.Plausible(date, "TrainingRecord.Date", "EDU-9");
        Hours = TrainingGuard.Hours(hours, "TrainingRecord.Hours", "EDU-9");
        Purpose = Guard.Defined(purpose, "TrainingRecord.Purpose", "EDU-9");
        Delivery = Guard.Defined(delivery, "TrainingRecord.Delivery", "EDU-7");
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>The day of the training (訓練日期).</summary>
    public DateOnly Date { get; }

    /// <summary>Hours received (時數).</summary>
    public decimal Hours { get; }

    /// <summary>What the training was for (訓練類別).</summary>
    public TrainingPurpose Purpose { get; }

    /// <summary>How it was given (訓練方式).</summary>
    public TrainingDelivery Delivery { get; }

    /// <summary>
    /// A key of the record in the caller's system (紀錄編號), optional. Records are values: two records equal in every
    /// field are one record to the rules engine, so set it when a worker has two identical sessions on one day.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? RecordId
    {
        get;
        init => field = value is null ? null : Guard.NotBlank(value, "TrainingRecord.RecordId", "EDU-9", 64);
    }

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"TrainingRecord {{ WorkerId = <redacted>, Date = {Date:yyyy-MM-dd}, Hours = {Hours}, {Purpose}, {Delivery} }}";
}
