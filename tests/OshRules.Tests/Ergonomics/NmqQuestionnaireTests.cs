using OshRules.Ergonomics;
using OshRules.Law;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqQuestionnaireTests
{
    private static readonly DateOnly Day = NmqSurveys.SurveyDay;

    [Fact, Trait("Rule", "NMQ-1")]
    public void Form_ends_at_Q1_no_and_scores_no_region()
    {
        var q = new NmqQuestionnaire("W1", Day, hasDiscomfort: false);

        Assert.False(q.ContinuesToSymptomSurvey);
        Assert.True(q.RegionScores.IsEmpty);
        Assert.Equal(0, q.HighestScore);
        Assert.Equal(new RegionScore(0, 0), q.ScoreOf(BodyRegion.Neck));
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void Form_ends_at_Q2_no_when_the_discomfort_is_not_work_related()
    {
        var q = new NmqQuestionnaire("W1", Day, hasDiscomfort: true, isWorkRelated: false);

        Assert.False(q.ContinuesToSymptomSurvey);
        Assert.True(q.RegionScores.IsEmpty);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void Q1_and_Q2_yes_continue_to_the_symptom_table_with_Q3_duration()
    {
        var q = new NmqQuestionnaire("W1", Day, true, true, SymptomDuration.OverThreeYears, NmqSurveys.AllRegions(1, 2))
        {
            BasicData = new NmqBasicData { Unit = "實習處", Age = 45, HeightCm = 170, WeightKg = 65, DominantHand = DominantHand.Right },
        };

        Assert.True(q.ContinuesToSymptomSurvey);
        Assert.Equal(SymptomDuration.OverThreeYears, q.Duration);
        Assert.Equal(15, q.RegionScores.Length);
        Assert.Equal(2, q.HighestScore);
        Assert.Equal(DominantHand.Right, q.BasicData!.DominantHand);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void Region_scores_given_when_Q1_is_no_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new NmqQuestionnaire("W1", Day, hasDiscomfort: false, regions: NmqSurveys.AllRegions(0, 0)));

        Assert.Equal("NmqQuestionnaire.Regions: must be empty when Q1 or Q2 is no: the form ends there (rule NMQ-2).", ex.Message);
        Assert.Equal("NmqQuestionnaire.Regions", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void Region_scores_given_when_Q2_is_no_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new NmqQuestionnaire("W1", Day, hasDiscomfort: true, isWorkRelated: false, regions: NmqSurveys.AllRegions(3, 0)));

        Assert.Equal("NmqQuestionnaire.Regions: must be empty when Q1 or Q2 is no: the form ends there (rule NMQ-2).", ex.Message);
        Assert.Equal("NmqQuestionnaire.Regions", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void A_missing_region_when_Q1_and_Q2_are_yes_is_rejected()
    {
        var regions = NmqSurveys.AllRegions(1, 1);
        regions.Remove(BodyRegion.LeftKnee);

        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire("W1", Day, true, true, regions: regions));

        Assert.Equal("NmqQuestionnaire.Regions: must score all 15 body regions when Q1 and Q2 are yes (missing: LeftKnee) (rule NMQ-2).", ex.Message);
        Assert.Equal("NmqQuestionnaire.Regions", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void No_regions_at_all_when_Q1_and_Q2_are_yes_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire("W1", Day, true, true));

        Assert.Equal("NmqQuestionnaire.Regions: must score all 15 body regions when Q1 and Q2 are yes (missing: Neck) (rule NMQ-2).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void An_unknown_region_code_is_rejected()
    {
        var regions = NmqSurveys.AllRegions(0, 0);
        regions[(BodyRegion)15] = new RegionScore(1, 1);

        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire("W1", Day, true, true, regions: regions));

        Assert.Equal("NmqQuestionnaire.Regions: contains an unknown body region code (rule NMQ-2).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void A_duration_given_without_Q1_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new NmqQuestionnaire("W1", Day, hasDiscomfort: false, duration: SymptomDuration.OneMonth));

        Assert.Equal("NmqQuestionnaire.Duration: must not be given when Q1 (discomfort) is no (rule NMQ-1).", ex.Message);
        Assert.Equal("NmqQuestionnaire.Duration", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void A_duration_given_after_Q2_no_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new NmqQuestionnaire("W1", Day, hasDiscomfort: true, isWorkRelated: false, duration: SymptomDuration.OneYear));

        Assert.Equal("NmqQuestionnaire.Duration: must not be given when Q2 (work-related) is no: the form ends there (rule NMQ-1).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void Q2_yes_after_Q1_no_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire("W1", Day, hasDiscomfort: false, isWorkRelated: true));

        Assert.Equal("NmqQuestionnaire.IsWorkRelated: must not be yes when Q1 (discomfort) is no (rule NMQ-1).", ex.Message);
        Assert.Equal("NmqQuestionnaire.IsWorkRelated", ex.Field);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void Q2_unanswered_after_Q1_yes_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire("W1", Day, hasDiscomfort: true));

        Assert.Equal("NmqQuestionnaire.IsWorkRelated: must be answered when Q1 (discomfort) is yes (rule NMQ-1).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void An_unknown_duration_code_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() =>
            new NmqQuestionnaire("W1", Day, true, true, (SymptomDuration)99, NmqSurveys.AllRegions(0, 0)));

        Assert.Equal("NmqQuestionnaire.Duration: is not a known SymptomDuration code (rule NMQ-1).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void A_null_worker_id_is_an_argument_null_error_and_a_blank_one_is_named()
    {
        Assert.Throws<ArgumentNullException>(() => new NmqQuestionnaire(null!, Day, false));
        var ex = Assert.Throws<OshValidationException>(() => new NmqQuestionnaire(" ", Day, false));
        Assert.Equal("NmqQuestionnaire.WorkerId: must not be empty (rule NMQ-1).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void Basic_data_out_of_range_is_rejected_naming_the_field()
    {
        var age = Assert.Throws<OshValidationException>(() => new NmqBasicData { Age = 12 });
        Assert.Equal("NmqBasicData.Age: must be between 15 and 100 (was 12) (rule NMQ-1).", age.Message);

        var height = Assert.Throws<OshValidationException>(() => new NmqBasicData { HeightCm = 300 });
        Assert.Equal("NmqBasicData.HeightCm: must be at most 250 (rule NMQ-1).", height.Message);

        var weight = Assert.Throws<OshValidationException>(() => new NmqBasicData { WeightKg = -1 });
        Assert.Equal("NmqBasicData.WeightKg: must not be negative (was -1) (rule NMQ-1).", weight.Message);
    }

    [Fact, Trait("Rule", "NMQ-1")]
    public void ToString_does_not_reveal_the_worker_id()
    {
        var q = NmqSurveys.Scored("EMP-0042");
        Assert.DoesNotContain("EMP-0042", q.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("EMP-0042", new HealthRoomSignals("EMP-0042").ToString(), StringComparison.Ordinal);
    }

    [Fact, Trait("Rule", "NMQ-3")]
    public void Null_keys_of_the_other_facts_are_argument_null_errors()
    {
        Assert.Throws<ArgumentNullException>(() => new HealthRoomSignals(null!));
        Assert.Throws<ArgumentNullException>(() => new SimpleImprovementOutcome(null!, Day, ImprovementResult.Resolved));
        Assert.Throws<ArgumentNullException>(() => new ErgonomicsEstablishment(null!, 1));
        var ex = Assert.Throws<OshValidationException>(() => new SimpleImprovementOutcome("W1", Day, (ImprovementResult)0));
        Assert.Equal("SimpleImprovementOutcome.Result: is not a known ImprovementResult code (rule NMQ-4).", ex.Message);
    }
}
