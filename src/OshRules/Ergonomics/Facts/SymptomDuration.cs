namespace OshRules.Ergonomics;

/// <summary>Q3: how long the discomfort has lasted (酸痛、不適或影響關節活動之情形持續多久時間), the boxes of the form.</summary>
public enum SymptomDuration
{
    /// <summary>One month (1 個月).</summary>
    OneMonth = 1,

    /// <summary>Three months (3 個月).</summary>
    ThreeMonths = 2,

    /// <summary>Six months (6 個月).</summary>
    SixMonths = 3,

    /// <summary>One year (1 年).</summary>
    OneYear = 4,

    /// <summary>Three years (3 年).</summary>
    ThreeYears = 5,

    /// <summary>Over three years (3 年以上).</summary>
    OverThreeYears = 6,
}
