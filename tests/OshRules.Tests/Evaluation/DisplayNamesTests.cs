using System.Globalization;
using System.Resources;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Resources;
using OshRules.Training;

namespace OshRules.Tests.Evaluation;

public sealed class DisplayNamesTests
{
    private static readonly ResourceManager Strings = new("OshRules.Resources.Strings", typeof(DisplayNames).Assembly);

    /// <summary>The enums that reports and the sample show.</summary>
    public static TheoryData<Type> ShownEnums() =>
    [
        typeof(NmqGradeLevel), typeof(BodyRegion), typeof(RiskTier), typeof(HazardKind), typeof(ExamKind),
        typeof(ExamStatusKind), typeof(HazardCategory), typeof(TrainingDueKind), typeof(TrainingDueStatus),
        typeof(ExamState), typeof(CourseLanguage), typeof(ManagementLevel), typeof(ManagementActions),
        typeof(ProtectionPhase), typeof(ImprovementStage), typeof(ProgrammeForm), typeof(NmqFindings), typeof(NmqActions),
        typeof(FollowUpAction), typeof(OshCardRequirementKind), typeof(InServiceItem), typeof(CourseDesignation),
        typeof(ChecklistGroup), typeof(HiringExemptionReason), typeof(InServiceCredit), typeof(OriginalWorkContinuation),
        typeof(CaseErrorKind), typeof(DisplayLanguage), typeof(Sex), typeof(CourseConditions), typeof(AgeBand),
        typeof(OverallJudgement), typeof(WorkRelation), typeof(OutsideProtectionReason), typeof(ProtectionStartBasis),
    ];

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void Every_value_has_a_name_in_both_languages_and_the_chinese_name_is_not_the_identifier(Type enumType)
    {
        foreach (Enum value in Enum.GetValues(enumType))
        {
            var key = $"Enum_{enumType.Name}_{value}";
            var english = Neutral(key);
            var chinese = Taiwanese(key);

            Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English name");
            Assert.False(string.IsNullOrWhiteSpace(chinese), $"{key} has no zh-TW name");
            Assert.NotEqual(value.ToString(), chinese);
            Assert.Equal(chinese, DisplayNames.Of(value, DisplayLanguage.ZhTw));
            Assert.Equal(english, DisplayNames.Of(value, DisplayLanguage.English));
        }
    }

    [Fact]
    public void Every_concrete_conclusion_type_has_a_name_in_both_languages()
    {
        foreach (var type in OshJsonTestData.ConcreteConclusionTypes())
        {
            var key = $"Type_{type.Name}";
            var english = Neutral(key);
            var chinese = Taiwanese(key);

            Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English name");
            Assert.False(string.IsNullOrWhiteSpace(chinese), $"{key} has no zh-TW name");
            Assert.NotEqual(type.Name, chinese);
            Assert.Equal(chinese, DisplayNames.Of(type, DisplayLanguage.ZhTw));
        }
    }

    [Fact]
    public void A_combination_of_flags_is_named_by_its_flags()
    {
        const ManagementActions a = ManagementActions.ExplainAssessment;
        const ManagementActions b = ManagementActions.PhysicianInterview;

        Assert.Equal($"{DisplayNames.Of(a, DisplayLanguage.ZhTw)}、{DisplayNames.Of(b, DisplayLanguage.ZhTw)}", DisplayNames.Of(a | b, DisplayLanguage.ZhTw));
        Assert.Equal($"{DisplayNames.Of(a, DisplayLanguage.English)}, {DisplayNames.Of(b, DisplayLanguage.English)}", DisplayNames.Of(a | b, DisplayLanguage.English));
    }

    [Fact]
    public void A_value_without_a_name_falls_back_to_its_identifier()
    {
        Assert.Equal("99", DisplayNames.Of((RiskTier)99, DisplayLanguage.ZhTw));
        Assert.Equal("1024", DisplayNames.Of((ManagementActions)1024, DisplayLanguage.ZhTw));
    }

    [Fact]
    public void The_chinese_explanation_names_each_conclusion_type()
    {
        var result = OshRuleSet.CreateDefault().Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies());

        var text = result.Explain(DisplayLanguage.ZhTw);

        Assert.All(result.Conclusions, c => Assert.Contains("• " + Taiwanese($"Type_{c.GetType().Name}"), text, StringComparison.Ordinal));
    }

    private static string? Neutral(string key) =>
        Strings.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.GetString(key);

    private static string? Taiwanese(string key) =>
        Strings.GetResourceSet(CultureInfo.GetCultureInfo("zh-TW"), createIfNotExists: true, tryParents: false)!.GetString(key);
}
