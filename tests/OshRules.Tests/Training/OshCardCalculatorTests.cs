using OshRules.Law;
using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

public sealed class OshCardCalculatorTests
{
    private static CourseStatus PassedConstructionCourse(DateOnly passedOn)
    {
        var course = new Course("CONSTR-1", CourseLanguage.Chinese, 1m, 2, 3m) { IsConstructionCourse = true };
        var progress = new CourseProgress(Learner, course.Id, [ReadAll(passedOn, course), Exam(passedOn, 90), Questionnaire(passedOn)]);
        return CourseCalculator.Status(course, progress, AsOf(passedOn));
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void First_card_needs_six_hours_in_person()
    {
        var req = OshCardCalculator.FirstCard(new OshCardStatus(Learner, OshCardState.None), new DateOnly(2026, 5, 1));

        Assert.Equal(OshCardRequirementKind.FirstCardNeedsInPersonTraining, req.Kind);
        Assert.Equal(6m, req.InPersonHoursRequired);
        Assert.Null(req.RecordExpectedFrom);
        Assert.Same(LawName.ElearningPlatformManual, req.Basis[0].Law);
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Online_pass_does_not_give_a_first_card()
    {
        var ex = Assert.Throws<OshValidationException>(() => OshCardCalculator.RecordWindow(
            new OshCardStatus(Learner, OshCardState.None), PassedConstructionCourse(new DateOnly(2026, 5, 4)), TrainingOptions.Default));

        Assert.Equal("OshCardStatus.State: a first card needs in-person training; an online pass does not count (rule EDU-8).", ex.Message);
    }

    [Theory, Trait("Rule", "EDU-8")]
    [InlineData("2026-05-04", "2026-05-07", "2026-05-08")] // Monday pass: Thursday–Friday
    [InlineData("2026-05-08", "2026-05-13", "2026-05-14")] // Friday pass: weekend skipped, Wednesday–Thursday
    [InlineData("2026-05-09", "2026-05-13", "2026-05-14")] // Saturday pass: counted from Monday
    public void Pass_reaches_the_card_system_in_3_to_4_working_days(string passed, string from, string by)
    {
        var req = OshCardCalculator.RecordWindow(
            new OshCardStatus(Learner, OshCardState.Held), PassedConstructionCourse(DateOnly.Parse(passed, System.Globalization.CultureInfo.InvariantCulture)), TrainingOptions.Default);

        Assert.Equal(OshCardRequirementKind.RetrainingRecordExpected, req.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), req.RecordExpectedFrom);
        Assert.Equal(DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture), req.RecordExpectedBy);
        Assert.Equal("CONSTR-1", req.CourseId);
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Pass_before_a_holiday_skips_the_holiday()
    {
        // Pass on Wednesday 2026-09-30; 2026-10-01 and 10-02 marked as holidays (as an example calendar): the working
        // days after it are Mon 10-05, Tue 10-06, Wed 10-07, Thu 10-08.
        var calendar = new HolidayCalendar([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)]);
        var options = TrainingOptions.Default with { HolidayCalendar = calendar };

        var req = OshCardCalculator.RecordWindow(new OshCardStatus(Learner, OshCardState.Held), PassedConstructionCourse(new DateOnly(2026, 9, 30)), options);

        Assert.Equal(new DateOnly(2026, 10, 7), req.RecordExpectedFrom);
        Assert.Equal(new DateOnly(2026, 10, 8), req.RecordExpectedBy);
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Make_up_working_Saturday_counts_as_a_working_day()
    {
        var calendar = new HolidayCalendar([], [new DateOnly(2026, 5, 9)]);

        Assert.Equal(new DateOnly(2026, 5, 12), OshCardCalculator.WorkingDaysAfter(new DateOnly(2026, 5, 8), 3, calendar));
        Assert.Equal(new DateOnly(2026, 5, 13), OshCardCalculator.WorkingDaysAfter(new DateOnly(2026, 5, 8), 3, WeekendsOnlyCalendar.Instance));
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Calendar_without_working_days_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => OshCardCalculator.WorkingDaysAfter(new DateOnly(2026, 1, 1), 1, new NoWorkingDays()));

        Assert.Equal("TrainingOptions.HolidayCalendar: has no working day within a year (rule EDU-8).", ex.Message);
    }

    [Fact, Trait("Rule", "EDU-8")]
    public void Record_window_needs_a_construction_course()
    {
        var course = Chinese();
        var status = CourseCalculator.Status(course, Progress(course, ReadAll(new DateOnly(2026, 5, 4), course), Exam(new DateOnly(2026, 5, 4), 90), Questionnaire(new DateOnly(2026, 5, 4))), AsOf(2026, 5, 4));

        var ex = Assert.Throws<OshValidationException>(() => OshCardCalculator.RecordWindow(new OshCardStatus(Learner, OshCardState.Held), status, TrainingOptions.Default));

        Assert.Equal("CourseStatus: the record window needs a passed construction course (rule EDU-8).", ex.Message);
    }

    private sealed class NoWorkingDays : IHolidayCalendar
    {
        public bool IsWorkingDay(DateOnly date) => false;
    }
}
