namespace OshRules.Training;

/// <summary>
/// The work a worker does as listed in 職業安全衛生教育訓練規則 §18 I items 1–13 (在職教育訓練對象), which sets their
/// in-service training hours and period (§19 I) and whether platform hours may offset them (EDU-7).
/// </summary>
/// <remarks>
/// Encoded from the 110.07.07 text, which has 13 items. §17–18 were amended on 115.06.25 (in force 2026-07-01);
/// that text was not available when this was written, so a 14th or renumbered item is not known here and is rejected
/// (<see cref="TrainingObligationCalculator.ParseItem"/>); results on or after 2026-07-01 are flagged.
/// </remarks>
public enum InServiceItem
{
    /// <summary>Item 1: OSH supervisor (職業安全衛生業務主管).</summary>
    OshSupervisor = 1,

    /// <summary>Item 2: OSH management staff (職業安全衛生管理人員).</summary>
    OshManagementStaff = 2,

    /// <summary>Item 3: occupational health-service nurses and staff (勞工健康服務護理人員及勞工健康服務相關人員).</summary>
    HealthServiceStaff = 3,

    /// <summary>Item 4: work-environment monitoring staff (勞工作業環境監測人員).</summary>
    EnvironmentMonitoringStaff = 4,

    /// <summary>Item 5: construction-safety and process-safety assessors (施工安全評估人員及製程安全評估人員).</summary>
    SafetyAssessor = 5,

    /// <summary>Item 6: operation supervisors — high-pressure gas, construction and hazardous work (高壓氣體作業主管、營造作業主管及有害作業主管).</summary>
    OperationSupervisor = 6,

    /// <summary>Item 7: operators of dangerous machinery or equipment (具有危險性之機械或設備操作人員).</summary>
    DangerousMachineOperator = 7,

    /// <summary>Item 8: special-work staff (特殊作業人員).</summary>
    SpecialWorkStaff = 8,

    /// <summary>Item 9: first-aiders (急救人員).</summary>
    FirstAider = 9,

    /// <summary>Item 10: supervisors, directors and overseers at every level (各級管理、指揮、監督之業務主管).</summary>
    LineSupervisor = 10,

    /// <summary>Item 11: OSH committee members (職業安全衛生委員會成員).</summary>
    CommitteeMember = 11,

    /// <summary>Item 12: workers of specified work such as construction or hazardous-chemical handling (營造作業、車輛系營建機械作業等特定作業之勞工).</summary>
    SpecifiedWork = 12,

    /// <summary>Item 13: every other worker (前述各款以外之一般勞工).</summary>
    GeneralWorker = 13,
}
