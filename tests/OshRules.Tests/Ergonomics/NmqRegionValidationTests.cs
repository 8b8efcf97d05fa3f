using System.Collections.Immutable;
using OshRules.Ergonomics;
using OshRules.Law;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqRegionValidationTests
{
    [Fact, Trait("Rule", "NMQ-5")]
    public void Table_5_needs_one_count_per_region()
    {
        var e = Assert.Throws<OshValidationException>(() => new NmqTable5(ImmutableArray.Create(1, 2, 3), 1));
        Assert.Equal("NmqTable5.RegionCounts: exactly 15 region counts are needed (rule NMQ-5).", e.Message);
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Table_5_counts_are_never_negative()
    {
        var counts = Enumerable.Repeat(0, 15).ToImmutableArray().SetItem(3, -1);
        var e = Assert.Throws<OshValidationException>(() => new NmqTable5(counts, 0));
        Assert.Equal("NmqTable5: counts must not be negative (rule NMQ-5).", e.Message);
    }

    [Fact, Trait("Rule", "NMQ-2")]
    public void An_undefined_region_is_a_validation_error()
    {
        var table = new NmqTable5(Enumerable.Repeat(0, 15).ToImmutableArray(), 0);
        var questionnaire = new NmqQuestionnaire("W", new DateOnly(2026, 4, 1), hasDiscomfort: false);

        Assert.Equal("region: is not one of the 15 body regions (rule NMQ-2).", Assert.Throws<OshValidationException>(() => table.CountOf((BodyRegion)99)).Message);
        Assert.Equal("region: is not one of the 15 body regions (rule NMQ-2).", Assert.Throws<OshValidationException>(() => questionnaire.ScoreOf((BodyRegion)99)).Message);
    }
}
