using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// An establishment (事業單位) and the number of its workers, the fact NMQ-7 rests on. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// 職業安全衛生設施規則 §324-1 II counts "事業單位勞工人數"; the caller decides who counts (for a school, the
/// staff it employs: 校內工作者).
/// </remarks>
/// <param name="Id">The establishment's key (事業單位代號).</param>
/// <param name="WorkerCount">The number of workers (勞工人數), 0 to <see cref="MaxWorkerCount"/>.</param>
public sealed record ErgonomicsEstablishment(string Id, int WorkerCount)
{
    /// <summary>
    /// The most workers an establishment may count (勞工人數上限): 10,000,000, far above the largest employer in Taiwan,
    /// so that a count typed or read wrongly (two billion) is refused rather than carried into statistics.
    /// </summary>
    public const int MaxWorkerCount = 10_000_000;

    /// <summary>The establishment's key (事業單位代號).</summary>
    public string Id { get; } = Guard.NotBlank(Id ?? throw new ArgumentNullException(nameof(Id)), "ErgonomicsEstablishment.Id", "NMQ-7", 64);

    /// <summary>The number of workers (勞工人數).</summary>
    public int WorkerCount { get; } = Guard.InRange(WorkerCount, 0, MaxWorkerCount, "ErgonomicsEstablishment.WorkerCount", "NMQ-7");
}
