namespace OshRules.Law;

/// <summary>How an ROC (民國) date is written.</summary>
public enum RocDateStyle
{
    /// <summary>Dotted and zero-padded: <c>112.06.21</c>.</summary>
    Dotted,

    /// <summary>Slashed, not padded: <c>112/6/21</c>.</summary>
    Slashed,

    /// <summary>Chinese: <c>112年6月21日</c>.</summary>
    Chinese,
}
