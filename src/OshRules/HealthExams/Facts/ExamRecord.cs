using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// A health examination on record for a worker (健康檢查紀錄), linked to the worker by <see cref="WorkerId"/>.
/// Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// Special exams (特殊體格檢查, 特殊健康檢查) name the hazard they were done for and may carry the management level
/// the physician gave (§21); general exams have neither. A later check (the calculators) rejects an exam dated after
/// the evaluation date or before the worker's birth.
/// </remarks>
public sealed record ExamRecord
{
    /// <summary>Creates an exam record.</summary>
    /// <param name="workerId">The <see cref="Common.Worker.Id"/> of the worker examined.</param>
    /// <param name="kind">The kind of exam.</param>
    /// <param name="date">The day of the exam (檢查日期).</param>
    /// <param name="hazard">For special exams, the hazard examined for; null for general exams.</param>
    /// <param name="managementLevel">For special exams, the management level given, when known.</param>
    /// <param name="fitness">The physician's opinion on continuing the work.</param>
    /// <exception cref="OshValidationException">A field is invalid.</exception>
    public ExamRecord(
        string workerId,
        ExamKind kind,
        DateOnly date,
        SpecialHazard? hazard = null,
        ManagementLevel? managementLevel = null,
        WorkFitness fitness = WorkFitness.NoRestriction)
    {
        WorkerId = Guard.NotBlank(workerId, "ExamRecord.WorkerId", "HC-2", 64);
        Kind = Guard.Defined(kind, "ExamRecord.Kind", "HC-2");
        Date = Guard.Plausible(date, "ExamRecord.Date", "HC-2");
        Fitness = Guard.Defined(fitness, "ExamRecord.Fitness", "HC-5");
        if (kind.IsSpecial() && hazard is null)
        {
            throw new OshValidationException("ExamRecord.Hazard", "HC-4", "a special exam must name its hazard");
        }

        if (kind.IsGeneral() && hazard is not null)
        {
            throw new OshValidationException("ExamRecord.Hazard", "HC-4", "a general exam has no hazard");
        }

        if (managementLevel is { } level)
        {
            Guard.Defined(level, "ExamRecord.ManagementLevel", "HC-5");
            if (kind.IsGeneral())
            {
                throw new OshValidationException("ExamRecord.ManagementLevel", "HC-5", "management levels are given after special exams only");
            }
        }

        // Re-validate: a default(SpecialHazard) never went through its constructor.
        Hazard = hazard is { } h ? new SpecialHazard(h.Category, h.Agent) : null;
        ManagementLevel = managementLevel;
    }

    /// <summary>The worker examined (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>The kind of exam (檢查種類).</summary>
    public ExamKind Kind { get; }

    /// <summary>The day of the exam (檢查日期).</summary>
    public DateOnly Date { get; }

    /// <summary>For special exams, the hazard examined for (特別危害健康作業項目).</summary>
    public SpecialHazard? Hazard { get; }

    /// <summary>For special exams, the management level given (健康管理分級).</summary>
    public ManagementLevel? ManagementLevel { get; }

    /// <summary>The physician's opinion on continuing the work (工作適性).</summary>
    public WorkFitness Fitness { get; }

    /// <summary>Whether this is a general exam, on hiring or periodic (一般體格或一般健康檢查).</summary>
    public bool IsGeneral => Kind.IsGeneral();

    /// <summary>Whether this is a special exam for <paramref name="hazard"/> (該作業之特殊體格或特殊健康檢查).</summary>
    /// <param name="hazard">The hazard.</param>
    /// <returns><see langword="true"/> when the exam is special and for that hazard.</returns>
    public bool IsSpecialFor(SpecialHazard hazard) => Kind.IsSpecial() && Hazard == hazard;

    /// <summary>Whether the physician gave a management level (已分級).</summary>
    public bool HasManagementLevel => ManagementLevel is not null;

    /// <summary>Whether the physician found the worker unable to continue the work, without grading the exam (未分級但不適合原工作).</summary>
    public bool IsUnfitWithoutManagementLevel => ManagementLevel is null && Fitness == WorkFitness.CannotContinueWork;

    /// <summary>Whether the exam needs follow-up under §21 or 職業安全衛生法 §21: level 2 or more, or unfit for the work (須後續處置).</summary>
    public bool NeedsFollowUp => ManagementLevel is >= HealthExams.ManagementLevel.Level2 || Fitness == WorkFitness.CannotContinueWork;

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ExamRecord {{ WorkerId = <redacted>, Kind = {Kind}, Hazard = {Hazard} }}";
}
