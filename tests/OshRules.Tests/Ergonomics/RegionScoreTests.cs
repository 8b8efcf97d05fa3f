using OshRules.Ergonomics;
using OshRules.Law;

namespace OshRules.Tests.Ergonomics;

public sealed class RegionScoreTests
{
    [Theory, Trait("Rule", "NMQ-2")]
    [InlineData(0, 0, 0)]
    [InlineData(3, 1, 3)] // pain is higher
    [InlineData(1, 4, 4)] // joint range is higher
    [InlineData(5, 5, 5)]
    public void Region_score_is_the_higher_of_pain_and_joint_range(int pain, int joint, int expected)
    {
        Assert.Equal(expected, new RegionScore(pain, joint).Score);
    }

    [Theory, Trait("Rule", "NMQ-2")]
    [InlineData(-1, 0, "RegionScore.Pain", "RegionScore.Pain: must be between 0 and 5 (was -1) (rule NMQ-2).")]
    [InlineData(6, 0, "RegionScore.Pain", "RegionScore.Pain: must be between 0 and 5 (was 6) (rule NMQ-2).")]
    [InlineData(0, -1, "RegionScore.JointRange", "RegionScore.JointRange: must be between 0 and 5 (was -1) (rule NMQ-2).")]
    [InlineData(0, 6, "RegionScore.JointRange", "RegionScore.JointRange: must be between 0 and 5 (was 6) (rule NMQ-2).")]
    public void A_score_outside_0_to_5_is_rejected(int pain, int joint, string field, string message)
    {
        var ex = Assert.Throws<OshValidationException>(() => new RegionScore(pain, joint));
        Assert.Equal(message, ex.Message);
        Assert.Equal(field, ex.Field);
        Assert.Equal("NMQ-2", ex.Rule);
    }

    [Theory, Trait("Rule", "NMQ-2")]
    [InlineData(0)]
    [InlineData(5)]
    public void Scores_0_and_5_are_the_ends_of_the_scale_and_accepted(int score)
    {
        var s = new RegionScore(score, score);
        Assert.Equal(score, s.Pain);
        Assert.Equal(score, s.JointRange);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void There_are_fifteen_regions_and_mirroring_twice_returns_the_region()
    {
        Assert.Equal(15, BodyRegions.All.Length);
        Assert.All(BodyRegions.All, r => Assert.Equal(r, BodyRegions.Mirror(BodyRegions.Mirror(r))));
        Assert.Equal(BodyRegion.RightShoulder, BodyRegions.Mirror(BodyRegion.LeftShoulder));
        Assert.Equal(BodyRegion.LeftAnkleFoot, BodyRegions.Mirror(BodyRegion.RightAnkleFoot));
        Assert.Equal(BodyRegion.LowerBack, BodyRegions.Mirror(BodyRegion.LowerBack));
        Assert.Equal("左手肘/前臂", BodyRegions.ChineseName(BodyRegion.LeftElbowForearm));
    }
}
