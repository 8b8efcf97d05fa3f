namespace OshRules.Training;

/// <summary>
/// The in-service training a §18 I item needs (在職教育訓練時數): at least <see cref="Hours"/> within every
/// <see cref="Period"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Hours">Hours at least (至少…小時), inclusive.</param>
/// <param name="Period">The period (每…年).</param>
public readonly record struct InServiceRequirement(decimal Hours, Law.CalendarPeriod Period);
