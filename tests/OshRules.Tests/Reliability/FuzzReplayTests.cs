using FsCheck.Fluent;

namespace OshRules.Tests.Reliability;

/// <summary>A fuzzing failure can be replayed: the cases depend only on the run's seed and the entry point's name.</summary>
[Trait("Category", "Reliability")]
public sealed class FuzzReplayTests
{
    [Fact]
    public void The_same_seed_and_entry_point_draw_the_same_cases()
    {
        var gen = Gen.Choose(int.MinValue, int.MaxValue);

        var first = FuzzHarness.Sample(gen, "Worker(id, birthDate, hireDate)", 200);
        var again = FuzzHarness.Sample(gen, "Worker(id, birthDate, hireDate)", 200);
        var other = FuzzHarness.Sample(gen, "Worker.Id (init)", 200);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Distinct().Count() > 150, "the stream should not be constant");
    }
}
