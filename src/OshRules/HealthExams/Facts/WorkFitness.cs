namespace OshRules.HealthExams;

/// <summary>The physician's opinion on whether the worker can continue the current work (工作適性).</summary>
public enum WorkFitness
{
    /// <summary>No opinion against continuing (未認定不適合).</summary>
    NoRestriction = 0,

    /// <summary>The physician finds the worker cannot continue the work, 職業安全衛生法 §21 I (經醫師認定不適合從事原工作).</summary>
    CannotContinueWork = 1,
}
