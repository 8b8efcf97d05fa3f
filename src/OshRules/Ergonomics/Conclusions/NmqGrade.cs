using System.Collections.Immutable;
using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The NMQ hazard grade of one worker (肌肉骨骼傷病危害等級) with the findings it rests on, the recommended
/// actions, the regions scoring 3 or more, and its citations. Immutable and thread-safe; value equality.
/// </summary>
/// <remarks>Produced by <see cref="NmqCalculator.Grade(NmqQuestionnaire?, HealthRoomSignals?, EvaluationDate)"/> (NMQ-3).</remarks>
public sealed record NmqGrade : IOshConclusion
{
    private readonly ByElements<ImmutableArray<BodyRegion>> regionsAtRisk;
    private readonly ByElements<IReadOnlyList<Citation>> basis;

    /// <summary>Creates a grade; use the calculator rather than this constructor.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="level">The grade.</param>
    /// <param name="findings">The findings behind it.</param>
    /// <param name="actions">The recommended actions.</param>
    /// <param name="regionsAtRisk">The regions scoring 3 or more.</param>
    /// <param name="basis">The citations, at least one.</param>
    public NmqGrade(string workerId, NmqGradeLevel level, NmqFindings findings, NmqActions actions, ImmutableArray<BodyRegion> regionsAtRisk, ImmutableArray<Citation> basis)
    {
        SubjectId = Guard.NotBlank(workerId, "NmqGrade.SubjectId", "NMQ-3", 64);
        Level = Guard.Defined(level, nameof(level), "NMQ-3");
        Findings = findings;
        Actions = actions;
        this.regionsAtRisk = new(regionsAtRisk.IsDefault ? [] : regionsAtRisk);
        if (basis.IsDefaultOrEmpty)
        {
            throw new OshValidationException("NmqGrade.Basis", "NMQ-3", "must cite at least one source");
        }

        this.basis = new(basis);
    }

    /// <summary>Reads a grade from JSON, with the names of its properties, through the validating constructor.</summary>
    [JsonConstructor]
    internal NmqGrade(string subjectId, NmqGradeLevel level, NmqFindings findings, NmqActions actions, ImmutableArray<BodyRegion> regionsAtRisk, IReadOnlyList<Citation> basis)
        : this(subjectId, level, findings, actions, regionsAtRisk, [.. basis])
    {
    }

    /// <summary>The worker's key (員工編號).</summary>
    public string SubjectId { get; }

    /// <summary>The grade (危害等級).</summary>
    public NmqGradeLevel Level { get; }

    /// <summary>The findings behind the grade (危害情形); more than the grade needs when several apply.</summary>
    public NmqFindings Findings { get; }

    /// <summary>The recommended actions of 表 1 (建議處置方案).</summary>
    public NmqActions Actions { get; }

    /// <summary>The regions scoring 3 or more (評分 3 分以上之部位), in form order; empty without a questionnaire.</summary>
    public ImmutableArray<BodyRegion> RegionsAtRisk => regionsAtRisk.Items;

    /// <summary>The citations (法源依據).</summary>
    public IReadOnlyList<Citation> Basis => basis.Items;

    /// <summary>Whether the case enters the improvement path of NMQ-4 (需改善): any grade above 無危害.</summary>
    public bool NeedsImprovement => Level > NmqGradeLevel.None;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectId, Level, Findings, Actions, RegionsAtRisk.Length);

    /// <summary>Describes the grade without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"NmqGrade {{ SubjectId = <redacted>, Level = {Level}, Findings = {Findings}, Actions = {Actions} }}";
}
