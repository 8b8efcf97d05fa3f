using System.Text.Json.Serialization;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Common;

// Hashing: the rule engine keys its working memory by each fact's own GetHashCode, and every conclusion a rule yields is
// a fresh object. A record's synthesized GetHashCode hashes every field with EqualityComparer<T>.Default, so a
// collection field (Basis, arrays, ImmutableArray<T>, immutable collections) is hashed by identity, which for a new
// object takes the runtime's slow path and adds nothing. Conclusion records, and fact records with such fields,
// therefore override GetHashCode with their cheap value fields only (ids, enums, dates, numbers, strings, cheap nested
// records) and keep the synthesized Equals: hashing a subset of what Equals compares stays consistent.
// ConclusionHashCodeTests fails for a conclusion that forgets this.
//
// Identity: conclusions compare by value (Equals: a conclusion read back from JSON equals the original), but in the rule
// engine's working memory each conclusion is the instance a rule firing yielded. Two firings may reach equal
// conclusions from different facts (two exposures of one kind with the same outcome); as values they are one, as facts
// of a session they are two, each linked to its own firing, as the engine and NRules require of yielded facts.
/// <summary>
/// A conclusion the rules reach (結論), with the legal citations it rests on (法源依據).
/// Every conclusion record of every family implements it.
/// </summary>
//
// JSON: a conclusion is written with a leading "$type" naming its type (System.Text.Json's own polymorphism, read with
// the discriminator anywhere in the object). A new conclusion type is registered by one line below, its type name as
// discriminator; OshJsonTests fails for a conclusion type of the assembly that is not listed.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]

// Health examinations (HC-1…HC-8).
[JsonDerivedType(typeof(HireExamRequired), nameof(HireExamRequired))]
[JsonDerivedType(typeof(HireExamExempt), nameof(HireExamExempt))]
[JsonDerivedType(typeof(HireExamNotOnRecord), nameof(HireExamNotOnRecord))]
[JsonDerivedType(typeof(PeriodicGeneralExamDue), nameof(PeriodicGeneralExamDue))]
[JsonDerivedType(typeof(SpecialExamDue), nameof(SpecialExamDue))]
[JsonDerivedType(typeof(ManagementFollowUp), nameof(ManagementFollowUp))]
[JsonDerivedType(typeof(ManagementLevelGrade), nameof(ManagementLevelGrade))]
[JsonDerivedType(typeof(SpecialHazardClassification), nameof(SpecialHazardClassification))]
[JsonDerivedType(typeof(ExamRecordRetention), nameof(ExamRecordRetention))]

// Ergonomics (NMQ-1…NMQ-7).
[JsonDerivedType(typeof(NmqGrade), nameof(NmqGrade))]
[JsonDerivedType(typeof(ImprovementTask), nameof(ImprovementTask))]
[JsonDerivedType(typeof(ErgonomicProgrammeCalendar), nameof(ErgonomicProgrammeCalendar))]
[JsonDerivedType(typeof(ErgonomicProgrammeDuty), nameof(ErgonomicProgrammeDuty))]

// Maternal protection (MAT-1…MAT-15).
[JsonDerivedType(typeof(HazardFinding), nameof(HazardFinding))]
[JsonDerivedType(typeof(MaternalRiskAssessment), nameof(MaternalRiskAssessment))]
[JsonDerivedType(typeof(MaternalProgrammeDuty), nameof(MaternalProgrammeDuty))]
[JsonDerivedType(typeof(ProtectionPeriodStatus), nameof(ProtectionPeriodStatus))]

// Training (EDU-1…EDU-9).
[JsonDerivedType(typeof(CourseStatus), nameof(CourseStatus))]
[JsonDerivedType(typeof(ExamRetakeState), nameof(ExamRetakeState))]
[JsonDerivedType(typeof(ReadingResetRequired), nameof(ReadingResetRequired))]
[JsonDerivedType(typeof(HoursCredit), nameof(HoursCredit))]
[JsonDerivedType(typeof(OshCardRequirement), nameof(OshCardRequirement))]
[JsonDerivedType(typeof(TrainingDue), nameof(TrainingDue))]
public interface IOshConclusion : IIdentityProvider
{
    /// <summary>The key of the worker (or course) the conclusion is about.</summary>
    string SubjectId { get; }

    /// <summary>The legal basis: one or more citations, never empty.</summary>
    IReadOnlyList<Citation> Basis { get; }

    /// <summary>
    /// A known amendment, in force on the evaluation date, of a parameter the conclusion used but that the library does
    /// not encode yet (已公布尚未納入之修正); null when the conclusion rests only on encoded texts.
    /// </summary>
    /// <remarks>Conclusions that apply such a parameter expose it through a property of the same name.</remarks>
    PendingAmendment? PendingAmendment => null;

    /// <summary>The conclusion's identity in a rule session (工作記憶體識別): the instance, hashed by its value.</summary>
    /// <returns>A key equal only to the keys of the same instance.</returns>
    object IIdentityProvider.GetIdentity() => new InstanceIdentity(this);
}
