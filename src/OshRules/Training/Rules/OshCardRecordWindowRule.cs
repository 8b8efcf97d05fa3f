using OshRules.Common;

namespace OshRules.Training;

/// <summary>EDU-8: a card holder's pass of a construction course reaches the card system in 3–4 working days (職安卡記錄回傳).</summary>
[Name("EDU-8 OSH card record expected 3-4 working days after a pass"), Description("Weekends skipped; public holidays through TrainingOptions.HolidayCalendar (platform Q&A)."), Tag(Families.Training)]
public sealed class OshCardRecordWindowRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        TrainingOptions options = default!;
        OshCardStatus card = default!;
        CourseStatus status = default!;

        When()
            .Match(() => options)
            .Match(() => card, c => c.HoldsCard)
            .Match(() => status, s => s.WorkerId == card.WorkerId, s => s.IsPassedConstructionCourse);
        Then()
            .Yield(ctx => OshCardCalculator.RecordWindow(card, status, options));
    }
}
