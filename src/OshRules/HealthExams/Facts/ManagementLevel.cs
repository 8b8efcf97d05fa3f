namespace OshRules.HealthExams;

/// <summary>Health management level after a special or follow-up exam, §21 I (健康管理分級).</summary>
public enum ManagementLevel
{
    /// <summary>Level 1: all items normal, or some abnormal but judged not abnormal overall (第一級管理).</summary>
    Level1 = 1,

    /// <summary>Level 2: abnormal, judged unrelated to work (第二級管理).</summary>
    Level2 = 2,

    /// <summary>Level 3: abnormal, relation to work undetermined (第三級管理).</summary>
    Level3 = 3,

    /// <summary>Level 4: abnormal and related to work (第四級管理).</summary>
    Level4 = 4,
}
