using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// A health examination on record for a worker (健康檢查紀錄), linked to the worker by <see cref="WorkerId"/>.
/// Immutable and thread-safe; validated on construction.
/// </summary>
/// <remarks>
/// Special exams (特殊體格檢查, 特殊健康檢查) name the hazard they were done for and may carry the management level
/// the physician gave (§21), the physician's findings that grade it (<see cref="ExamFindings"/>), or both; general exams
/// have none of these. With findings and no level, the rules grade the level (HC-5); a level given with findings must
/// be the one they grade. A later check (the calculators) rejects an exam dated after the evaluation date or before the
/// worker's birth.
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
    /// <param name="findings">For special exams, the physician's overall judgement and relation to work, when known.</param>
    /// <exception cref="OshValidationException">
    /// A field is invalid, or <paramref name="managementLevel"/> is not the level <paramref name="findings"/> grade.
    /// </exception>
    public ExamRecord(
        string workerId,
        ExamKind kind,
        DateOnly date,
        SpecialHazard? hazard = null,
        ManagementLevel? managementLevel = null,
        WorkFitness fitness = WorkFitness.NoRestriction,
        ExamFindings? findings = null)
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

        if (findings is { } f)
        {
            // Re-validate: a default(ExamFindings) never went through its constructor.
            f = new ExamFindings(f.Judgement, f.Relation);
            if (kind.IsGeneral())
            {
                throw new OshValidationException("ExamRecord.Findings", "HC-5", "the findings graded by §21 are given after special exams only");
            }

            if (managementLevel is { } given && given != HealthExamCalculator.ClassifyManagementLevel(f.Judgement, f.Relation))
            {
                throw new OshValidationException("ExamRecord.ManagementLevel", "HC-5", "contradicts ExamRecord.Findings: it must be the level the physician's findings grade (§21 I)");
            }

            Findings = f;
        }

        // Re-validate: a default(SpecialHazard) never went through its constructor.
        Hazard = hazard is { } h ? new SpecialHazard(h.Category, h.Agent) : null;
        ManagementLevel = managementLevel;
    }

    /// <summary>The worker examined (勞工編號).</summary>
    public string WorkerId { get; }

    /// <summary>
    /// The caller's key of this record (紀錄編號), optional: conclusions drawn from it alone carry it as their
    /// <c>SourceId</c>, and two records differing only by it are two facts (e.g. two workplaces measured alike).
    /// </summary>
    /// <exception cref="OshValidationException">Blank, or longer than 64 characters.</exception>
    public string? Id { get; init => field = value is null ? null : Guard.NotBlank(value, "ExamRecord.Id", "HC-2", 64); }

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

    /// <summary>For special exams, the physician's findings that grade the management level (醫師綜合判定), when given.</summary>
    public ExamFindings? Findings { get; }

    /// <summary>Whether this is a general exam, on hiring or periodic (一般體格或一般健康檢查).</summary>
    public bool IsGeneral => Kind.IsGeneral();

    /// <summary>Whether this is a special exam for <paramref name="hazard"/> (該作業之特殊體格或特殊健康檢查).</summary>
    /// <param name="hazard">The hazard.</param>
    /// <returns><see langword="true"/> when the exam is special and for that hazard.</returns>
    public bool IsSpecialFor(SpecialHazard hazard) => Kind.IsSpecial() && Hazard == hazard;

    /// <summary>Whether the physician gave a management level (已分級).</summary>
    public bool HasManagementLevel => ManagementLevel is not null;

    /// <summary>Whether the level is to be graded from the physician's findings: findings given, no level (待依醫師判定分級).</summary>
    public bool IsToBeGradedFromFindings => ManagementLevel is null && Findings is not null;

    /// <summary>
    /// Whether the physician found the worker unable to continue the work on an exam that is neither graded nor gradable
    /// (未分級但不適合原工作); a gradable exam's follow-up includes the change of work.
    /// </summary>
    public bool IsUnfitWithoutManagementLevel => ManagementLevel is null && Findings is null && Fitness == WorkFitness.CannotContinueWork;

    /// <summary>
    /// Whether the exam needs follow-up under §21 or 職業安全衛生法 §21: level 2 or more, given or graded (abnormal
    /// findings grade 2 to 4), or unfit for the work (須後續處置).
    /// </summary>
    public bool NeedsFollowUp => ManagementLevel is >= HealthExams.ManagementLevel.Level2 || Findings is { IsAbnormal: true } || Fitness == WorkFitness.CannotContinueWork;

    /// <summary>Describes the record without the worker's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ExamRecord {{ WorkerId = <redacted>, Kind = {Kind}, Hazard = {Hazard} }}";
}
