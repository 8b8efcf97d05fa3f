using OshRules.Common;
using OshRules.MaternalProtection;

namespace OshRules.Tests.MaternalProtection;

public sealed class ReadmeExampleTests
{
    [Fact, Trait("Rule", "MAT-9")]
    public void The_README_example_runs_and_gives_what_it_says()
    {
        var asOf = new EvaluationDate(new DateOnly(2025, 3, 1));
        var status = new MaternalStatus("W-001", employerNotifiedOn: new(2025, 1, 10), pregnantSince: new(2024, 12, 1));
        MaternalHazardExposure[] exposures = [new NoiseExposure("W-001", 82), new ManualHandling("W-001", 12, HandlingMode.Intermittent)];
        MaternalRiskAssessment? a = MaternalRiskCalculator.Evaluate(status, exposures, asOf, MaternalOptions.Default);

        Assert.NotNull(a);
        Assert.Equal(RiskTier.Tier3, a.OverallTier);
        Assert.True(a.Actions.HasFlag(ManagementActions.PhysicianInterview));
        Assert.True(a.Actions.HasFlag(ManagementActions.ImproveWorkEnvironment));
    }
}
