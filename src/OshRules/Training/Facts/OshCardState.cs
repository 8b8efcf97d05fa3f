namespace OshRules.Training;

/// <summary>Whether a construction worker holds an OSH card (營造業職安卡).</summary>
public enum OshCardState
{
    /// <summary>No card yet (尚未取得職安卡).</summary>
    None = 1,

    /// <summary>Holds a card (已取得職安卡).</summary>
    Held = 2,
}
