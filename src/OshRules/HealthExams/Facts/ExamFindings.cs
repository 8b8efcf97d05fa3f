using System.Text.Json.Serialization;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// The physician's findings on a special or follow-up exam that §21 I grades (醫師綜合判定及與工作之相關性): the overall
/// judgement and, for a finding judged abnormal, its relation to work. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The management level follows from the findings (<see cref="HealthExamCalculator.ClassifyManagementLevel"/>): level 1
/// when not abnormal overall; level 2, 3 or 4 when abnormal and unrelated to work, of undetermined relation, or related.
/// </remarks>
public readonly record struct ExamFindings
{
    /// <summary>Creates the findings.</summary>
    /// <param name="judgement">The overall judgement (綜合判定).</param>
    /// <param name="relation">For an abnormal judgement, its relation to work; <see cref="WorkRelation.NotApplicable"/> otherwise.</param>
    /// <exception cref="OshValidationException">
    /// A value is not defined; the relation is missing for an abnormal judgement, or given for one that is not abnormal.
    /// </exception>
    [JsonConstructor]
    public ExamFindings(OverallJudgement judgement, WorkRelation relation = WorkRelation.NotApplicable)
    {
        Judgement = Guard.Defined(judgement, "ExamFindings.Judgement", "HC-5");
        Relation = Guard.Defined(relation, "ExamFindings.Relation", "HC-5");
        if (judgement == OverallJudgement.Abnormal && relation == WorkRelation.NotApplicable)
        {
            throw new OshValidationException("ExamFindings.Relation", "HC-5", "is needed for a finding judged abnormal");
        }

        if (judgement != OverallJudgement.Abnormal && relation != WorkRelation.NotApplicable)
        {
            throw new OshValidationException("ExamFindings.Relation", "HC-5", "applies only to a finding judged abnormal");
        }
    }

    /// <summary>The physician's overall judgement (醫師綜合判定).</summary>
    public OverallJudgement Judgement { get; }

    /// <summary>The relation of an abnormal finding to work (與工作之相關性).</summary>
    public WorkRelation Relation { get; }

    /// <summary>Whether the exam was judged abnormal overall (綜合判定為異常).</summary>
    public bool IsAbnormal => Judgement == OverallJudgement.Abnormal;
}
