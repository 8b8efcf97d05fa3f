namespace OshRules.Training;

/// <summary>Whether platform hours offset a worker's in-service training (在職教育訓練時數折抵), EDU-7.</summary>
public enum InServiceCredit
{
    /// <summary>The hours offset in-service training (§18 I items 10–13) (可折抵).</summary>
    Offsets = 1,

    /// <summary>The hours do not offset it (§18 I items 1–9, or a course that is not designated) (不可折抵).</summary>
    NotCreditable = 2,
}
