namespace OshRules.HealthExams;

/// <summary>The physician's overall judgement of an exam (醫師綜合判定).</summary>
public enum OverallJudgement
{
    /// <summary>All items normal (全部項目正常).</summary>
    AllItemsNormal = 1,

    /// <summary>Some items abnormal, but judged not abnormal overall (部分項目異常，綜合判定為無異常).</summary>
    AbnormalItemsJudgedNormal = 2,

    /// <summary>Judged abnormal overall (綜合判定為異常).</summary>
    Abnormal = 3,
}
