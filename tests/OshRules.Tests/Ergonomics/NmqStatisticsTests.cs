using System.Collections.Immutable;
using OshRules.Ergonomics;
using OshRules.Law;
using static OshRules.Tests.Ergonomics.NmqSurveys;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqStatisticsTests
{
    // A roster of ten graded workers, counted by hand:
    // A, J diagnosed (red); B reported + requests, C resigned, D sick leave + requests, E requests (dark yellow);
    // F neck 3 and right wrist 4, G left knee joint 3 (light yellow); H all 2, I Q1 no (no hazard).
    // J also scores 5 on the lower back.
    private static readonly ImmutableArray<NmqGrade> Roster = NmqCalculator.GradeAll(
        [
            Scored("F", (BodyRegion.Neck, 3, 0), (BodyRegion.RightHandWrist, 4, 2)),
            Scored("G", (BodyRegion.LeftKnee, 1, 3)),
            new NmqQuestionnaire("H", SurveyDay, true, true, null, AllRegions(2, 2)),
            NoDiscomfort("I"),
            Scored("J", (BodyRegion.LowerBack, 5, 0)),
        ],
        [
            new HealthRoomSignals("A") { DiagnosedDisease = true },
            new HealthRoomSignals("B") { ReportedSuspectedCase = true, FrequentMedicalRequests = true },
            new HealthRoomSignals("C") { AbnormalResignation = true },
            new HealthRoomSignals("D") { FrequentSickLeaveOrAbsence = true, FrequentMedicalRequests = true },
            new HealthRoomSignals("E") { FrequentMedicalRequests = true },
            new HealthRoomSignals("J") { DiagnosedDisease = true },
        ],
        AsOf);

    [Fact, Trait("Rule", "NMQ-5")]
    public void Table_2_counts_each_worker_once_on_the_first_sub_reason_by_default()
    {
        var t = NmqStatistics.Table2(Roster, onBusinessTrip: 2);

        Assert.Equal(2, t.DiagnosedDisease);
        Assert.Equal(2, t.DiagnosedSubtotal);
        Assert.Equal(1, t.ReportedSuspectedCase);
        Assert.Equal(1, t.AbnormalResignation);
        Assert.Equal(1, t.FrequentSickLeaveOrAbsence);
        Assert.Equal(1, t.FrequentMedicalRequests);
        Assert.Equal(4, t.HazardSubtotal);
        Assert.Equal(2, t.QuestionnaireSuspected);
        Assert.Equal(2, t.SuspectedSubtotal);
        Assert.Equal(8, t.GradedTotal);
        Assert.Equal(2, t.NoHazard);
        Assert.Equal(10, t.Total);
        Assert.Equal(2, t.OnBusinessTrip);
        Assert.Equal(12, t.AllWorkers);
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Table_2_can_count_a_worker_on_every_sub_reason()
    {
        var t = NmqStatistics.Table2(Roster, counting: NmqSubReasonCounting.EveryReason);

        Assert.Equal(1, t.ReportedSuspectedCase);
        Assert.Equal(1, t.AbnormalResignation);
        Assert.Equal(1, t.FrequentSickLeaveOrAbsence);
        Assert.Equal(3, t.FrequentMedicalRequests); // B, D and E
        Assert.Equal(4, t.HazardSubtotal);
        Assert.Equal(10, t.Total);
        Assert.Equal(NmqSubReasonCounting.EveryReason, t.Counting);
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Table_5_counts_workers_scoring_3_or_more_per_region()
    {
        var t = NmqStatistics.Table5(Roster);

        Assert.Equal(1, t.CountOf(BodyRegion.Neck));
        Assert.Equal(1, t.CountOf(BodyRegion.RightHandWrist));
        Assert.Equal(1, t.CountOf(BodyRegion.LeftKnee));
        Assert.Equal(1, t.CountOf(BodyRegion.LowerBack));
        Assert.Equal(4, t.RegionCounts.Sum());
        Assert.Equal(3, t.SuspectedWorkers); // F, G and J
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Empty_roster_gives_empty_tables()
    {
        Assert.Equal(0, NmqStatistics.Table2([]).AllWorkers);
        Assert.Equal(0, NmqStatistics.Table5([]).SuspectedWorkers);
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Two_grades_for_one_worker_are_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => NmqStatistics.Table2([Roster[0], Roster[0]]));

        Assert.Equal("NmqGrade.SubjectId: must be unique: one grade per worker (rule NMQ-5).", ex.Message);
    }

    [Fact, Trait("Rule", "NMQ-5")]
    public void Negative_business_trip_count_is_rejected()
    {
        var ex = Assert.Throws<OshValidationException>(() => NmqStatistics.Table2(Roster, onBusinessTrip: -1));

        Assert.Equal("onBusinessTrip: must be between 0 and 10000000 (was -1) (rule NMQ-5).", ex.Message);
    }
}
