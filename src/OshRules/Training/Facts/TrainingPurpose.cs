namespace OshRules.Training;

/// <summary>What a training session was for (訓練類別).</summary>
public enum TrainingPurpose
{
    /// <summary>General training on hiring or before a change of work (新僱或變更工作前之一般安全衛生教育訓練, §17).</summary>
    GeneralOnHireOrChange = 1,

    /// <summary>In-service training (安全衛生在職教育訓練, §18–19).</summary>
    InService = 2,
}
