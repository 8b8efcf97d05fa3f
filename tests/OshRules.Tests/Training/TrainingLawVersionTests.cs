using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Training;
using static OshRules.Tests.Training.TrainingTestData;

namespace OshRules.Tests.Training;

/// <summary>
/// 職業安全衛生教育訓練規則 §17–18 were amended 115.06.25, in force 2026-07-01, and the new text is not encoded: every
/// training conclusion citing those rules is flagged from that day, through the facade.
/// </summary>
public sealed class TrainingLawVersionTests
{
    private static IReadOnlyList<object> Case()
    {
        var course = Chinese();
        var passedOn = new DateOnly(2025, 3, 2);
        return
        [
            course,
            Progress(course, ReadAll(passedOn, course), Exam(passedOn, 90), Questionnaire(passedOn)),
            new TrainingProfile(Learner, InServiceItem.GeneralWorker, new DateOnly(2024, 9, 1)),
            new TrainingRecord(Learner, new DateOnly(2024, 8, 30), 3m, TrainingPurpose.GeneralOnHireOrChange, TrainingDelivery.InPerson),
        ];
    }

    [Theory, Trait("Rule", "EDU-7"), Trait("Rule", "EDU-9")]
    [InlineData("2026-06-30", false)]
    [InlineData("2026-07-01", true)]
    public void Every_conclusion_citing_the_training_rules_is_flagged_from_2026_07_01(string asOf, bool flagged)
    {
        var result = OshRuleSet.CreateDefault().Evaluate(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), Case());

        var citing = result.Conclusions.Where(c => c.Basis.Any(b => b.Law == LawName.EducationTrainingRules)).ToList();
        var platformOnly = result.Conclusions.Except(citing).ToList();

        Assert.Contains(citing, c => c is HoursCredit);
        Assert.Equal(2, citing.OfType<TrainingDue>().Count());
        // The in-service period ends on 2027-09-01, under the new text whenever it is evaluated.
        var inService = Assert.Single(citing.OfType<TrainingDue>(), d => d.Kind == TrainingDueKind.InService);
        Assert.Equal(new DateOnly(2027, 9, 1), inService.DueDate);
        Assert.Equal(TrainingParameters.Amendment115, inService.PendingAmendment);
        Assert.All(citing.Where(c => !ReferenceEquals(c, inService)), c => Assert.Equal(flagged ? TrainingParameters.Amendment115 : null, c.PendingAmendment));
        Assert.NotEmpty(platformOnly);
        Assert.All(platformOnly, c => Assert.Null(c.PendingAmendment));
    }
}
