namespace OshRules.HealthExams;

/// <summary>The statutory comparison with a threshold (門檻比較方式).</summary>
public enum ThresholdComparison
{
    /// <summary>At or over the threshold, ≥ (以上).</summary>
    OrOver = 1,

    /// <summary>Strictly over the threshold, &gt; (超過).</summary>
    Over = 2,
}
