namespace OshRules.Ergonomics;

/// <summary>The result of an ergonomic improvement (改善成效).</summary>
public enum ImprovementResult
{
    /// <summary>The improvement resolved the case (有效改善).</summary>
    Resolved = 1,

    /// <summary>The improvement did not resolve the case (無法有效改善).</summary>
    NotResolved = 2,
}
