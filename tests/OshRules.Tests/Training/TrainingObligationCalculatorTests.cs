using OshRules.Common;
using OshRules.Law;
using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

public sealed class TrainingObligationCalculatorTests
{
    private static readonly DateOnly Hired = new(2023, 6, 15);

    private static CourseStatus Passed(CourseDesignation designation = CourseDesignation.Designated, decimal hours = 3m)
    {
        var course = new Course("GEN-ZH-1", CourseLanguage.Chinese, 1m, 1, hours) { Designation = designation };
        var d = new DateOnly(2026, 3, 2);
        return CourseCalculator.Status(course, Progress(course, ReadAll(d, course), Exam(d, 90), Questionnaire(d)), AsOf(d));
    }

    private static TrainingRecord InService(DateOnly date, decimal hours, TrainingDelivery delivery = TrainingDelivery.InPerson) =>
        new(Learner, date, hours, TrainingPurpose.InService, delivery);

    private static TrainingRecord General(DateOnly date, decimal hours, TrainingDelivery delivery = TrainingDelivery.InPerson) =>
        new(Learner, date, hours, TrainingPurpose.GeneralOnHireOrChange, delivery);

    [Theory, Trait("Rule", "EDU-7")]
    [InlineData(InServiceItem.FirstAider, InServiceCredit.NotCreditable, 0)] // item 9: no platform courses
    [InlineData(InServiceItem.LineSupervisor, InServiceCredit.Offsets, 3)] // item 10: offsets
    [InlineData(InServiceItem.GeneralWorker, InServiceCredit.Offsets, 3)] // item 13: offsets
    [InlineData(InServiceItem.OshSupervisor, InServiceCredit.NotCreditable, 0)] // item 1
    public void Platform_hours_offset_in_service_training_of_items_10_to_13_only(InServiceItem item, InServiceCredit expected, int hours)
    {
        var credit = TrainingObligationCalculator.Credit(Passed(), new TrainingProfile(Learner, item, Hired), AsOf(2026, 3, 2));

        Assert.Equal(expected, credit.InService);
        Assert.Equal(hours, credit.InServiceHours);
        Assert.Equal(3m, credit.GeneralTrainingHours);
        Assert.Contains(credit.Basis, c => c.Law == LawName.EducationTrainingRules && c.Article == 19 && c.Paragraph == 3);
        Assert.Contains(credit.Basis, c => c.Law == LawName.ElearningPlatformManual);
    }

    [Fact, Trait("Rule", "EDU-7")]
    public void Recognised_course_counts_at_most_two_hours_as_general_training_and_not_in_service()
    {
        var credit = TrainingObligationCalculator.Credit(
            Passed(CourseDesignation.Recognised, 3m), new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired), AsOf(2026, 3, 2));

        Assert.Equal(2m, credit.GeneralTrainingHours);
        Assert.Equal(InServiceCredit.NotCreditable, credit.InService);
    }

    [Fact, Trait("Rule", "EDU-7")]
    public void Credit_needs_a_passed_course()
    {
        var course = Chinese();
        var open = CourseCalculator.Status(course, Progress(course), AsOf(2026, 3, 2));

        var ex = Assert.Throws<OshValidationException>(() =>
            TrainingObligationCalculator.Credit(open, new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired), AsOf(2026, 3, 2)));

        Assert.Equal("CourseStatus: hours are credited only for a passed course (rule EDU-7).", ex.Message);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData(1, 6, 2)]
    [InlineData(2, 12, 2)]
    [InlineData(3, 12, 3)]
    [InlineData(4, 6, 3)]
    [InlineData(6, 6, 3)]
    [InlineData(7, 3, 3)]
    [InlineData(9, 3, 3)]
    [InlineData(10, 3, 3)]
    [InlineData(13, 3, 3)]
    public void In_service_hours_and_period_follow_article_19(int item, int hours, int years)
    {
        var due = TrainingObligationCalculator.InService(
            new TrainingProfile(Learner, (InServiceItem)item, Hired), [], AsOf(2024, 1, 2));

        Assert.Equal(hours, due.RequiredHours);
        Assert.Equal(CalendarPeriod.OfYears(years), due.Period);
        Assert.Contains(due.Basis, c => c.Article == 19 && c.Paragraph == 1);
        Assert.Contains(due.Basis, c => c.Article == 18 && c.Item == item);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void General_worker_owes_3_hours_every_3_years_from_the_last_completing_training()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var records = new[] { InService(new DateOnly(2024, 12, 28), 3m) };

        var due = TrainingObligationCalculator.InService(profile, records, AsOf(2025, 1, 10));

        Assert.Equal(new DateOnly(2027, 12, 28), due.DueDate);
        Assert.Equal(new DateOnly(2024, 12, 29), due.PeriodStart);
        Assert.Equal(3m, due.HoursMissing);
        Assert.Equal(TrainingDueStatus.Current, due.Status);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Hours_short_of_the_requirement_keep_the_first_period_open()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var records = new[] { InService(new DateOnly(2024, 1, 5), 2m) };

        var due = TrainingObligationCalculator.InService(profile, records, AsOf(2026, 6, 1));

        Assert.Equal(new DateOnly(2026, 6, 15), due.DueDate);
        Assert.Equal(1m, due.HoursMissing);
        Assert.Equal(TrainingDueStatus.DueSoon, due.Status);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData("2026-06-15", TrainingDueStatus.DueSoon)] // on the due date: still in time
    [InlineData("2026-06-16", TrainingDueStatus.Overdue)] // the day after
    public void In_service_training_is_overdue_the_day_after_the_due_date(string asOf, TrainingDueStatus expected)
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);

        var due = TrainingObligationCalculator.InService(profile, [], new EvaluationDate(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, due.Status);
    }

    [Theory, Trait("Rule", "EDU-9"), Trait("Rule", "EDU-7")]
    [InlineData(InServiceItem.FirstAider, "2026-06-15")] // item 9: platform hours not counted, first period still open
    [InlineData(InServiceItem.LineSupervisor, "2028-03-01")] // item 10: counted, next period runs from the pass
    public void Platform_hours_count_towards_in_service_training_for_item_10_but_not_item_9(InServiceItem item, string dueDate)
    {
        var profile = new TrainingProfile(Learner, item, Hired);
        var records = new[] { InService(new DateOnly(2025, 3, 1), 3m, TrainingDelivery.DesignatedElearning) };

        var due = TrainingObligationCalculator.InService(profile, records, AsOf(2025, 4, 1));

        Assert.Equal(DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture), due.DueDate);
        Assert.Equal(0m, due.HoursCompleted);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Late_training_restarts_the_period_from_the_day_it_was_completed()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.OshSupervisor, new DateOnly(2020, 1, 10));
        var records = new[] { InService(new DateOnly(2022, 3, 1), 4m), InService(new DateOnly(2022, 4, 1), 2m) };

        var due = TrainingObligationCalculator.InService(profile, records, AsOf(2022, 5, 1));

        Assert.Equal(new DateOnly(2024, 4, 1), due.DueDate);
        Assert.Equal(6m, due.RequiredHours);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData(3, TrainingDueStatus.Current)] // 至少3小時: 3 is enough
    [InlineData(2.5, TrainingDueStatus.Overdue)] // short, work already begun
    public void General_training_on_hiring_needs_at_least_3_hours(double hours, TrainingDueStatus expected)
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var records = new[] { General(Hired, (decimal)hours) };

        var due = TrainingObligationCalculator.GeneralTraining(profile, records, AsOf(2023, 7, 1));

        Assert.Equal(3m, due.RequiredHours);
        Assert.Equal(expected, due.Status);
        Assert.Equal(Hired, due.DueDate);
        Assert.Contains(due.Basis, c => c.Article == 17 && c.Annex == "附表十四");
    }

    [Fact, Trait("Rule", "EDU-9"), Trait("Rule", "EDU-7")]
    public void Recognised_online_hours_count_for_at_most_two_hours_of_general_training()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var records = new[] { General(Hired, 3m, TrainingDelivery.RecognisedElearning) };

        var due = TrainingObligationCalculator.GeneralTraining(profile, records, AsOf(2023, 6, 15));

        Assert.Equal(2m, due.HoursCompleted);
        Assert.Equal(1m, due.HoursMissing);
        Assert.Equal(TrainingDueStatus.DueSoon, due.Status);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void General_training_before_the_counting_start_does_not_count()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var earlier = profile with { GeneralTrainingCountsFrom = Hired.AddDays(-7) };
        var records = new[] { General(Hired.AddDays(-3), 3m) };

        Assert.Equal(0m, TrainingObligationCalculator.GeneralTraining(profile, records, AsOf(2023, 7, 1)).HoursCompleted);
        Assert.Equal(3m, TrainingObligationCalculator.GeneralTraining(earlier, records, AsOf(2023, 7, 1)).HoursCompleted);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Work_needing_more_general_training_hours_can_say_so_but_not_fewer_than_3()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.SpecifiedWork, Hired) { GeneralTrainingHours = 6m };
        var tooFew = new TrainingProfile(Learner, InServiceItem.SpecifiedWork, Hired) { GeneralTrainingHours = 2m };

        Assert.Equal(6m, TrainingObligationCalculator.GeneralTraining(profile, [], AsOf(2023, 7, 1)).RequiredHours);
        var ex = Assert.Throws<OshValidationException>(() => TrainingObligationCalculator.GeneralTraining(tooFew, [], AsOf(2023, 7, 1)));
        Assert.Equal("TrainingProfile.GeneralTrainingHours: must be at least the legal minimum of 3 hours (rule EDU-9).", ex.Message);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData("2026-06-30", false)] // before the 115.06.25 amendment takes effect
    [InlineData("2026-07-01", true)] // on and after it: flagged, its text is not encoded
    public void Results_from_2026_07_01_are_flagged_for_the_unencoded_amendment(string asOf, bool flagged)
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);

        var due = TrainingObligationCalculator.InService(profile, [], new EvaluationDate(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(flagged, due.PendingAmendment is not null);
    }

    [Theory, Trait("Rule", "EDU-9")]
    [InlineData("2026-06-30", false)] // general training due before the amendment
    [InlineData("2026-07-01", true)] // due on the day §17's new text took effect: flagged although evaluated before it
    public void General_training_due_on_or_after_2026_07_01_is_flagged(string assigned, bool flagged)
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, DateOnly.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture));

        var due = TrainingObligationCalculator.GeneralTraining(profile, [], AsOf(2026, 6, 1));

        Assert.Equal(flagged ? TrainingParameters.Amendment115 : null, due.PendingAmendment);
    }

    [Fact, Trait("Rule", "EDU-9"), Trait("Rule", "EDU-7")]
    public void The_training_flag_names_the_amendment_and_what_was_not_verified()
    {
        var description = TrainingParameters.Amendment115.Description;

        Assert.Equal(new DateOnly(2026, 7, 1), TrainingParameters.Amendment115.EffectiveFrom);
        Assert.Contains("115.06.25", description, StringComparison.Ordinal);
        Assert.Contains("§17 general-training hours and e-learning cap", description, StringComparison.Ordinal);
        Assert.Contains("§18 I, items 1–13", description, StringComparison.Ordinal);
        Assert.Contains("not verified", description, StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void Training_records_are_kept_three_years() =>
        Assert.Equal(new DateOnly(2025, 12, 28), TrainingObligationCalculator.RecordsKeptUntil(new DateOnly(2022, 12, 28)));

    [Fact, Trait("Rule", "EDU-9")]
    public void Records_of_other_workers_are_ignored()
    {
        var profile = new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired);
        var other = new TrainingRecord("W999", new DateOnly(2024, 1, 1), 3m, TrainingPurpose.InService, TrainingDelivery.InPerson);

        Assert.Equal(0m, TrainingObligationCalculator.InService(profile, [other], AsOf(2024, 2, 1)).HoursCompleted);
    }

    [Fact, Trait("Rule", "EDU-9")]
    public void In_service_conclusion_cites_article_19_with_its_version()
    {
        var due = TrainingObligationCalculator.InService(new TrainingProfile(Learner, InServiceItem.GeneralWorker, Hired), [], AsOf(2024, 1, 2));

        Assert.Equal(
            ["職業安全衛生教育訓練規則第18條第1項第13款 (110.07.07 修正)", "職業安全衛生教育訓練規則第19條第1項第5款 (110.07.07 修正)"],
            due.Basis.Select(c => c.ToChineseString()));
    }
}
