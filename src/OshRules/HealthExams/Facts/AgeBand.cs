namespace OshRules.HealthExams;

/// <summary>The age bands of the periodic general health examination, §17 I (年齡級距).</summary>
/// <remarks>Ages are Civil-Code ages (民法 §124): 年滿 65 is reached on the 65th birthday, 1 March for a 29-February birth in a common year.</remarks>
public enum AgeBand
{
    /// <summary>Under 40 (未滿四十歲), §17 I ③: every 5 years.</summary>
    Under40 = 1,

    /// <summary>40 or over and under 65 (四十歲以上未滿六十五歲), §17 I ②: every 3 years.</summary>
    Age40ToUnder65 = 2,

    /// <summary>65 or over (年滿六十五歲), §17 I ①: every year.</summary>
    Age65OrOver = 3,
}
