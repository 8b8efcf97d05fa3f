namespace OshRules.MaternalProtection;

/// <summary>Which date the protection period was counted from (保護期間起算依據), MAT-1.</summary>
public enum ProtectionStartBasis
{
    /// <summary>The day the employer learned of the pregnancy (雇主得知妊娠之日), as the law says (辦法 §2).</summary>
    EmployerNotification = 1,

    /// <summary>Only the pregnancy start was known and was used (以妊娠日起算); the result says so.</summary>
    PregnancyDateOnly = 2,

    /// <summary>Only the delivery was known: protection counted from the delivery (以分娩日起算).</summary>
    DeliveryDateOnly = 3,
}
