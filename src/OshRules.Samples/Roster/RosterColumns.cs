namespace OshRules.Samples.Roster;

/// <summary>The roster's columns (documented in Data/README.md).</summary>
internal static class RosterColumns
{
    public const string WorkerId = "worker_id";
    public const string Name = "name";
    public const string Sex = "sex";
    public const string BirthDate = "birth_date";
    public const string HireDate = "hire_date";
    public const string Unit = "unit";
    public const string JobTitle = "job_title";
    public const string LastGeneralExam = "last_general_exam";
    public const string SpecialWork = "special_work";
    public const string SpecialWorkSince = "special_work_since";
    public const string LastSpecialExam = "last_special_exam";
    public const string SpecialExamLevel = "special_exam_level";
    public const string NoiseDba = "noise_dba";
    public const string NmqFilledOn = "nmq_filled_on";
    public const string NmqQ1 = "nmq_q1";
    public const string NmqQ2 = "nmq_q2";
    public const string NmqDuration = "nmq_duration";
    public const string NmqScores = "nmq_scores";
    public const string NmqSignals = "nmq_signals";
    public const string PregnancyNotified = "pregnancy_notified";
    public const string PregnantSince = "pregnant_since";
    public const string ExpectedDelivery = "expected_delivery";
    public const string DeliveredOn = "delivered_on";
    public const string Breastfeeding = "breastfeeding";
    public const string BloodLead = "blood_lead";
    public const string AirLead = "air_lead";
    public const string HandlingKg = "handling_kg";
    public const string HandlingMode = "handling_mode";
    public const string MaternalMeasuresTaken = "mat_measures_taken";
    public const string TrainingItem = "training_item";
    public const string GeneralTrainingHours = "general_training_hours";
    public const string LastTraining = "last_training";
    public const string TrainingHours = "training_hours";
    public const string CourseId = "course_id";
    public const string CourseLanguage = "course_language";
    public const string CourseRequiredHours = "course_required_hours";
    public const string CourseNodes = "course_nodes";
    public const string CourseHours = "course_hours";
    public const string CourseConstruction = "course_construction";
    public const string ReadOn = "read_on";
    public const string ReadHours = "read_hours";
    public const string NodesViewed = "nodes_viewed";
    public const string Questionnaire = "questionnaire";
    public const string Attempts = "attempts";

    public static readonly string[] Required = [WorkerId, Sex, BirthDate];
}
