namespace OshRules.Training;

/// <summary>Which training obligation (教育訓練義務), EDU-9.</summary>
public enum TrainingDueKind
{
    /// <summary>General training on hiring or before a change of work (§17).</summary>
    GeneralOnHireOrChange = 1,

    /// <summary>In-service training (§18–19).</summary>
    InService = 2,
}
