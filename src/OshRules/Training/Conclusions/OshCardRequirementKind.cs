namespace OshRules.Training;

/// <summary>What the OSH-card rule asks of a construction worker (職安卡要求), EDU-8.</summary>
public enum OshCardRequirementKind
{
    /// <summary>No card yet: 6 hours of in-person general training are needed; online courses do not count (首次取得須實體訓練).</summary>
    FirstCardNeedsInPersonTraining = 1,

    /// <summary>Holds a card and passed a construction course: the hours should reach the card system in 3–4 working days (回訓時數回傳).</summary>
    RetrainingRecordExpected = 2,
}
