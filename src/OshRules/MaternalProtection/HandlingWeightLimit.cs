namespace OshRules.MaternalProtection;

/// <summary>
/// Weight limits of manual handling for one phase (一定重量以上重物處理工作之規定值), in kg, MAT-9. Immutable and thread-safe.
/// </summary>
/// <param name="IntermittentKg">Limit for intermittent handling (斷續性作業).</param>
/// <param name="ContinuousKg">Limit for continuous handling (持續性作業).</param>
public readonly record struct HandlingWeightLimit(decimal IntermittentKg, decimal ContinuousKg)
{
    /// <summary>The limit for a mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The limit in kg; a load at or over it (以上) is tier 3.</returns>
    public decimal For(HandlingMode mode) => mode == HandlingMode.Continuous ? ContinuousKg : IntermittentKg;
}
