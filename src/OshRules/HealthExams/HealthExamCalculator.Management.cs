using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>HC-5: health management levels and follow-up (健康管理分級).</summary>
public static partial class HealthExamCalculator
{
    /// <summary>HC-5: the management level from the physician's findings, §21 I (健康管理分級判定).</summary>
    /// <param name="judgement">The overall judgement.</param>
    /// <param name="relation">The relation of an abnormal finding to work; <see cref="WorkRelation.NotApplicable"/> when not abnormal.</param>
    /// <returns>Level 1 when not abnormal overall; level 2, 3 or 4 when abnormal and unrelated, undetermined or related.</returns>
    /// <exception cref="OshValidationException">The relation is missing for an abnormal judgement, or given for a normal one.</exception>
    public static ManagementLevel ClassifyManagementLevel(OverallJudgement judgement, WorkRelation relation)
    {
        Guard.Defined(judgement, "OverallJudgement", "HC-5");
        Guard.Defined(relation, "WorkRelation", "HC-5");
        if (judgement != OverallJudgement.Abnormal)
        {
            return relation == WorkRelation.NotApplicable
                ? ManagementLevel.Level1
                : throw new OshValidationException("WorkRelation", "HC-5", "applies only to a finding judged abnormal");
        }

        return relation switch
        {
            WorkRelation.Unrelated => ManagementLevel.Level2,
            WorkRelation.Undetermined => ManagementLevel.Level3,
            WorkRelation.Related => ManagementLevel.Level4,
            _ => throw new OshValidationException("WorkRelation", "HC-5", "is needed for a finding judged abnormal"),
        };
    }

    /// <summary>HC-5: the follow-up a management level requires, §21 II–III (各級管理之處置).</summary>
    /// <param name="level">The level.</param>
    /// <returns>
    /// Level 1: none. Level 2: unsuitable work noted, personal health guidance. Level 3: unsuitable work and clinical
    /// diagnosis noted, specialist follow-up exam, on-site assessment when needed, re-grading, notification. Level 4:
    /// unsuitable work and clinical diagnosis noted, hazard control where the specialist finds exposure remains.
    /// </returns>
    public static FollowUpAction FollowUpFor(ManagementLevel level) => Guard.Defined(level, "ManagementLevel", "HC-5") switch
    {
        ManagementLevel.Level1 => FollowUpAction.None,
        ManagementLevel.Level2 => FollowUpAction.PhysicianNotesUnsuitableWork | FollowUpAction.PersonalHealthGuidance,
        ManagementLevel.Level3 => FollowUpAction.PhysicianNotesUnsuitableWork | FollowUpAction.PhysicianNotesClinicalDiagnosis
            | FollowUpAction.SpecialistFollowUpExam | FollowUpAction.OnSiteAssessmentWhenNeeded | FollowUpAction.Regrade | FollowUpAction.NotifyAuthority,
        _ => FollowUpAction.PhysicianNotesUnsuitableWork | FollowUpAction.PhysicianNotesClinicalDiagnosis | FollowUpAction.HazardControlMeasures,
    };

    /// <summary>
    /// HC-5: the management level the physician's findings on an exam grade, §21 I (依醫師綜合判定分級).
    /// </summary>
    /// <param name="exam">A special exam with findings.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The grade, citing §21 I, with the exam as its source.</returns>
    /// <exception cref="OshValidationException">The exam has no findings, or is dated after the evaluation date.</exception>
    public static ManagementLevelGrade GradeManagementLevel(ExamRecord exam, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(asOf);
        Guard.NotAfter(exam.Date, asOf.Date, "ExamRecord.Date", "the evaluation date", "HC-5");
        var findings = exam.Findings ?? throw new OshValidationException("ExamRecord.Findings", "HC-5", "the exam has no physician's findings to grade");
        var level = ClassifyManagementLevel(findings.Judgement, findings.Relation);
        Citation[] basis = [HealthExamParameters.ManagementLevelArticle];
        return new ManagementLevelGrade(
            exam.WorkerId, exam.Date, exam.Kind, exam.Hazard, findings, level, HealthExamParameters.Text110,
            HealthExamParameters.PendingFor(basis, asOf.Date), basis)
        {
            Source = exam,
            SourceId = exam.Id,
        };
    }

    /// <summary>HC-5: the follow-up of a level graded from the physician's findings (分級後之處置), as for a level given by hand.</summary>
    /// <param name="grade">The grade, with the exam it was drawn from.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The level and actions with their citations, exactly those of the exam with that level given.</returns>
    /// <exception cref="OshValidationException">The grade names no exam, or the exam is dated after the evaluation date.</exception>
    public static ManagementFollowUp FollowUp(ManagementLevelGrade grade, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var exam = grade.Source ?? throw new OshValidationException("ManagementLevelGrade.Source", "HC-5", "the exam graded is needed for its follow-up");
        return FollowUpOf(exam, grade.Level, asOf);
    }

    /// <summary>
    /// HC-5: the follow-up of one exam (檢查後之健康管理): the level's measures for a graded special exam and, for a worker
    /// the physician finds unable to continue the work, a change of workplace, job or hours (職業安全衛生法 §21 I).
    /// </summary>
    /// <param name="exam">
    /// An exam with a management level, with findings that grade one (<see cref="ClassifyManagementLevel"/>), or with a
    /// finding that the worker cannot continue the work.
    /// </param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The level and actions with their citations.</returns>
    /// <exception cref="OshValidationException">The exam has neither a level, findings nor an unfitness finding, or is dated after the evaluation date.</exception>
    public static ManagementFollowUp FollowUp(ExamRecord exam, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var level = exam.ManagementLevel ?? (exam.Findings is { } f ? ClassifyManagementLevel(f.Judgement, f.Relation) : null);
        return FollowUpOf(exam, level, asOf);
    }

    private static ManagementFollowUp FollowUpOf(ExamRecord exam, ManagementLevel? graded, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (exam.Date > asOf.Date)
        {
            throw new OshValidationException("ExamRecord.Date", "HC-5", "must not be after the evaluation date");
        }

        if (graded is null && exam.Fitness == WorkFitness.NoRestriction)
        {
            throw new OshValidationException("ExamRecord.ManagementLevel", "HC-5", "the exam has no management level and no fitness finding");
        }

        var actions = FollowUpAction.None;
        var basis = new List<Citation>(4);
        if (graded is { } level)
        {
            actions = FollowUpFor(level);
            basis.Add(HealthExamParameters.ManagementLevelArticle);
            if (level >= ManagementLevel.Level2)
            {
                basis.Add(HealthExamParameters.PhysicianNotesArticle);
                basis.Add(HealthExamParameters.FollowUpArticle);
            }

        }

        if (exam.Fitness == WorkFitness.CannotContinueWork)
        {
            actions |= FollowUpAction.ChangeWorkplaceJobOrHours;
            basis.Add(HealthExamParameters.ChangeOfWorkArticle);
        }

        return new ManagementFollowUp(
            exam.WorkerId, exam.Date, exam.Kind, exam.Hazard, graded, actions, HealthExamParameters.Text110,
            HealthExamParameters.PendingFor(basis, asOf.Date), basis)
        {
            Source = exam,
            SourceId = exam.Id,
        };
    }
}
