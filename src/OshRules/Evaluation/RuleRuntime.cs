namespace OshRules.Evaluation;

/// <summary>
/// The runtime that runs the rules (規則執行環境). The rules are NRules rules either way; both runtimes give the same
/// conclusions, explanations and errors.
/// </summary>
public enum RuleRuntime
{
    /// <summary>OshRules.Engine: NRules' rule model compiled into a Rete with hash-indexed joins (the fast one).</summary>
    OshRulesEngine = 0,

    /// <summary>NRules' own runtime (<c>RuleRepository.Compile()</c>), the reference.</summary>
    NRules = 1,
}
