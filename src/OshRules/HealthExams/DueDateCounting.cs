namespace OshRules.HealthExams;

/// <summary>How the due day of a periodic exam is counted (到期日計算方式). A policy, not a flag.</summary>
public enum DueDateCounting
{
    /// <summary>
    /// Day-exact (default): the exam is due on the day the interval ends, counted by the Civil Code from the day
    /// after the last exam (民法 §120 II, §121) (依日計算).
    /// </summary>
    DayExact = 1,

    /// <summary>
    /// Calendar year: the exam is due by 31 December of the year in which the interval ends, as the regulator's FAQ
    /// accepts (依曆年計算，於期滿當年十二月三十一日前完成).
    /// </summary>
    CalendarYear = 2,
}
