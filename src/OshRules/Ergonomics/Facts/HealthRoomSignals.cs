using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// What the health room (衛生保健單位/醫務室) knows about one worker that grades a case above the questionnaire:
/// a diagnosed musculoskeletal disease (確診疾病) or a hazard signal (有危害). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// NMQ-3, 表 1: "確診疾病：確診肌肉骨骼傷病" and "有危害：通報中的疑似個案、高就醫個案（諸如經常至醫務室索取痠痛貼布、
/// 痠痛藥劑等）；高離職率、請假、或缺工的個案". 表 2 splits 有危害 into reported suspected case, abnormal resignation,
/// frequent sick leave or absence, and frequent requests for patches, medicine, injections or massage. Whether a
/// request or a leave is "frequent" is the health room's judgement; the library takes it as a fact.
/// A record with no signal set is valid and grades nothing on its own.
/// </remarks>
/// <param name="WorkerId">The worker's key (員工編號).</param>
public sealed record HealthRoomSignals(string WorkerId)
{
    /// <summary>The worker's key (員工編號).</summary>
    public string WorkerId { get; } = Guard.NotBlank(WorkerId ?? throw new ArgumentNullException(nameof(WorkerId)), "HealthRoomSignals.WorkerId", "NMQ-3", 64);

    /// <summary>A diagnosed musculoskeletal disease (確診肌肉骨骼傷病) → red.</summary>
    public bool DiagnosedDisease { get; init; }

    /// <summary>A suspected case reported and under notification (通報中的疑似肌肉骨骼傷病) → dark yellow.</summary>
    public bool ReportedSuspectedCase { get; init; }

    /// <summary>Frequent requests for pain patches, medicine, injections or massage (經常性索取痠痛貼布、藥劑、打針或按摩) → dark yellow.</summary>
    public bool FrequentMedicalRequests { get; init; }

    /// <summary>An abnormal resignation (異常離職) → dark yellow.</summary>
    public bool AbnormalResignation { get; init; }

    /// <summary>Frequent sick leave or absence (經常性病假、缺工) → dark yellow.</summary>
    public bool FrequentSickLeaveOrAbsence { get; init; }

    /// <summary>Whether any 有危害 signal is set (有危害之訊號), diagnosis aside.</summary>
    public bool HasHazardSignal => ReportedSuspectedCase || FrequentMedicalRequests || AbnormalResignation || FrequentSickLeaveOrAbsence;

    /// <summary>Whether the signals alone grade the case above the questionnaire (確診疾病或有危害).</summary>
    public bool RaisesGrade => DiagnosedDisease || HasHazardSignal;

    /// <summary>The signals as findings (表 2 sub-reasons).</summary>
    public NmqFindings Findings =>
        (DiagnosedDisease ? NmqFindings.DiagnosedDisease : NmqFindings.None)
        | (ReportedSuspectedCase ? NmqFindings.ReportedSuspectedCase : NmqFindings.None)
        | (AbnormalResignation ? NmqFindings.AbnormalResignation : NmqFindings.None)
        | (FrequentSickLeaveOrAbsence ? NmqFindings.FrequentSickLeaveOrAbsence : NmqFindings.None)
        | (FrequentMedicalRequests ? NmqFindings.FrequentMedicalRequests : NmqFindings.None);

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"HealthRoomSignals {{ WorkerId = <redacted>, Findings = {Findings} }}";
}
