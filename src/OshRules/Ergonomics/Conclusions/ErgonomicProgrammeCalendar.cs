using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The establishment's programme calendar for the year of the evaluation date (年度計畫實施時程, NMQ-6).
/// Immutable and thread-safe.
/// </summary>
/// <param name="SubjectId">The establishment's key (事業單位代號).</param>
/// <param name="Calendar">The year's deadlines.</param>
public sealed record ErgonomicProgrammeCalendar(string SubjectId, NmqCalendar Calendar) : IOshConclusion
{
    /// <summary>The establishment's key (事業單位代號).</summary>
    public string SubjectId { get; } = Guard.NotBlank(SubjectId, "ErgonomicProgrammeCalendar.SubjectId", "NMQ-6", 64);

    /// <summary>The year's deadlines (年度時程).</summary>
    public NmqCalendar Calendar { get; } = Guard.NotNull(Calendar);

    /// <summary>The citations (法源依據).</summary>
    public IReadOnlyList<Citation> Basis => Calendar.Basis;
}
