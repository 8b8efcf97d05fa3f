namespace OshRules.MaternalProtection;

/// <summary>The outcome of a delivery (分娩), both of which start the post-delivery periods.</summary>
public enum DeliveryOutcome
{
    /// <summary>A live birth (正常生產).</summary>
    LiveBirth = 1,

    /// <summary>A stillbirth after 24 weeks of pregnancy (妊娠 24 週後死產), which the school's plan counts as a delivery.</summary>
    StillbirthAfter24Weeks = 2,
}
