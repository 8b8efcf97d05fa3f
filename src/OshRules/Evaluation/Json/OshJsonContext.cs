using System.Text.Json.Serialization;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation.Reports;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation.Json;

/// <summary>
/// The source-generated System.Text.Json contracts of results, conclusions, explanations and reports: camelCase names,
/// enums as strings, dates as ISO <c>yyyy-MM-dd</c>, nullable annotations and required constructor parameters enforced.
/// Every concrete <see cref="IOshConclusion"/> must be listed here; a test enumerates them by reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(ConclusionJsonConverter),
        typeof(CalendarPeriodJsonConverter),
        typeof(SpecialHazardJsonConverter),
        typeof(NmqGradeJsonConverter),
        typeof(ImprovementTaskJsonConverter),
        typeof(ErgonomicProgrammeDutyJsonConverter),
    ])]
[JsonSerializable(typeof(OshResultDocument))]
[JsonSerializable(typeof(OrganisationReport))]
[JsonSerializable(typeof(IOshConclusion))]
[JsonSerializable(typeof(ConclusionExplanation))]
[JsonSerializable(typeof(CaseError))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(PendingAmendment))]
[JsonSerializable(typeof(NmqGradeDocument))]
[JsonSerializable(typeof(ImprovementTaskDocument))]
[JsonSerializable(typeof(ErgonomicProgrammeDutyDocument))]
[JsonSerializable(typeof(SpecialHazardDocument))]

// Health examinations (HC-1…HC-8).
[JsonSerializable(typeof(HireExamRequired))]
[JsonSerializable(typeof(HireExamExempt))]
[JsonSerializable(typeof(HireExamNotOnRecord))]
[JsonSerializable(typeof(PeriodicGeneralExamDue))]
[JsonSerializable(typeof(SpecialExamDue))]
[JsonSerializable(typeof(ManagementFollowUp))]
[JsonSerializable(typeof(ManagementLevelGrade))]
[JsonSerializable(typeof(SpecialHazardClassification))]
[JsonSerializable(typeof(ExamRecordRetention))]

// Ergonomics (NMQ-1…NMQ-7).
[JsonSerializable(typeof(NmqGrade))]
[JsonSerializable(typeof(ImprovementTask))]
[JsonSerializable(typeof(ErgonomicProgrammeCalendar))]
[JsonSerializable(typeof(ErgonomicProgrammeDuty))]

// Maternal protection (MAT-1…MAT-15).
[JsonSerializable(typeof(HazardFinding))]
[JsonSerializable(typeof(MaternalRiskAssessment))]
[JsonSerializable(typeof(MaternalProgrammeDuty))]
[JsonSerializable(typeof(ProtectionPeriodStatus))]

// Training (EDU-1…EDU-9).
[JsonSerializable(typeof(CourseStatus))]
[JsonSerializable(typeof(ExamRetakeState))]
[JsonSerializable(typeof(ReadingResetRequired))]
[JsonSerializable(typeof(HoursCredit))]
[JsonSerializable(typeof(OshCardRequirement))]
[JsonSerializable(typeof(TrainingDue))]
internal sealed partial class OshJsonContext : JsonSerializerContext;
