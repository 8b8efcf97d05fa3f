using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// An improvement the case calls for (人因工程改善方案): simple first, advanced when simple did not resolve it.
/// Immutable and thread-safe; value equality.
/// </summary>
/// <remarks>
/// NMQ-4: "負責人員依據…確診疾病、有危害、與疑似有危害，使用簡易人因工程檢核表評估" and "針對簡易改善無法有效改善的個案，
/// 進行進階改善". Produced by <see cref="NmqCalculator.NextImprovement"/>.
/// </remarks>
public sealed record ImprovementTask : IOshConclusion
{
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>Creates a task; use the calculator rather than this constructor.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="level">The grade that calls for it.</param>
    /// <param name="basis">The citations, at least one.</param>
    public ImprovementTask(string workerId, ImprovementStage stage, NmqGradeLevel level, ImmutableArray<Citation> basis)
    {
        SubjectId = Guard.NotBlank(workerId, "ImprovementTask.SubjectId", "NMQ-4", 64);
        Stage = Guard.Defined(stage, nameof(stage), "NMQ-4");
        Level = Guard.Defined(level, nameof(level), "NMQ-4");
        if (basis.IsDefaultOrEmpty)
        {
            throw new OshValidationException("ImprovementTask.Basis", "NMQ-4", "must cite at least one source");
        }

        this.basis = new(basis);
    }

    /// <summary>Reads a task from JSON, with the names of its properties, through the validating constructor.</summary>
    [JsonConstructor]
    internal ImprovementTask(string subjectId, ImprovementStage stage, NmqGradeLevel level, IReadOnlyList<Citation> basis)
        : this(subjectId, stage, level, [.. basis])
    {
    }

    /// <summary>The worker's key (員工編號).</summary>
    public string SubjectId { get; }

    /// <summary>The stage of improvement (改善階段).</summary>
    public ImprovementStage Stage { get; }

    /// <summary>The grade that calls for the improvement (危害等級).</summary>
    public NmqGradeLevel Level { get; }

    /// <summary>The citations (法源依據).</summary>
    public IReadOnlyList<Citation> Basis => basis.Items;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Stage, Level);

    /// <summary>Describes the task without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ImprovementTask {{ SubjectId = <redacted>, Stage = {Stage}, Level = {Level} }}";
}
