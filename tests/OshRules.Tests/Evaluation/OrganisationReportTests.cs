using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Evaluation.Reports;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using static OshRules.Tests.Evaluation.EvaluationFixtures;

namespace OshRules.Tests.Evaluation;

public sealed class OrganisationReportTests
{
    private static Dictionary<BodyRegion, RegionScore> Scores(params (BodyRegion Region, int Pain)[] set)
    {
        var scores = BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(0, 0));
        foreach (var (region, pain) in set)
        {
            scores[region] = new RegionScore(pain, 0);
        }

        return scores;
    }

    private static NmqQuestionnaire Nmq(string id, params (BodyRegion Region, int Pain)[] set) =>
        new(id, new DateOnly(2026, 4, 15), hasDiscomfort: true, isWorkRelated: true, SymptomDuration.SixMonths, Scores(set));

    [Fact, Trait("Rule", "NMQ-5"), Trait("Rule", "MAT-17"), Trait("Rule", "HC-7")]
    public void Report_numbers_match_a_roster_counted_by_hand()
    {
        Worker w1 = new("W1", new DateOnly(1981, 5, 5), Sex.Male, new DateOnly(2005, 1, 1));
        Worker w2 = new("W2", new DateOnly(1996, 6, 1), Sex.Male, new DateOnly(2020, 1, 1));
        Worker w3 = new("W3", new DateOnly(1995, 2, 2), Sex.Female, new DateOnly(2019, 1, 1));
        Worker w4 = new("W4", new DateOnly(1976, 3, 3), Sex.Female, new DateOnly(2001, 1, 1));
        OshCase[] cases =
        [
            // Red (diagnosed) with neck at 4; aged 40+ since 2021-05-05, so 3 years after 2020-01-01 → overdue.
            OshCase.Of("W1", [w1, new ExamRecord("W1", ExamKind.PeriodicGeneral, new DateOnly(2020, 1, 1)), Nmq("W1", (BodyRegion.Neck, 4)), new HealthRoomSignals("W1") { DiagnosedDisease = true }]),
            // Light yellow (lower back 3); under 40: every 5 years from 2021-12-10 → 2026-12-10, 17 days ahead (due soon).
            OshCase.Of("W2", [w2, new ExamRecord("W2", ExamKind.PeriodicGeneral, new DateOnly(2021, 12, 10)), Nmq("W2", (BodyRegion.LowerBack, 3))]),
            // No hazard; pregnant, known to the employer since 2026-09-01, noise 86 dBA → tier 3. Exam not yet due.
            OshCase.Of("W3", [w3, new ExamRecord("W3", ExamKind.PeriodicGeneral, new DateOnly(2025, 6, 1)), Nmq("W3", (BodyRegion.Neck, 2)),
                new MaternalStatus("W3", employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20)), new NoiseExposure("W3", 86)]),
            // No questionnaire; aged 50, last exam 2024-01-01 → 2027-01-01, 39 days ahead (not within 30).
            OshCase.Of("W4", [w4, new ExamRecord("W4", ExamKind.PeriodicGeneral, new DateOnly(2024, 1, 1))]),
        ];

        var results = OshRuleSet.CreateDefault().EvaluateMany(AsOf, cases).ToList();
        var report = OrganisationReportBuilder.From(AsOf, results, [w1, w2, w3, w4]);

        Assert.Equal(4, report.Cases);
        Assert.Equal(0, report.CasesWithErrors);
        Assert.Equal(1, report.NmqTable2.DiagnosedDisease);
        Assert.Equal(0, report.NmqTable2.HazardSubtotal);
        Assert.Equal(1, report.NmqTable2.QuestionnaireSuspected);
        Assert.Equal(1, report.NmqTable2.NoHazard);
        Assert.Equal(3, report.NmqTable2.Total);
        Assert.Equal(1, report.NmqTable5.CountOf(BodyRegion.Neck));
        Assert.Equal(1, report.NmqTable5.CountOf(BodyRegion.LowerBack));
        Assert.Equal(2, BodyRegions.All.Sum(report.NmqTable5.CountOf));

        Assert.Equal(["W1", "W2"], report.ExamsDue.Select(e => e.WorkerId));
        Assert.Equal(ExamStatusKind.Overdue, report.ExamsDue[0].Status.Kind);
        Assert.Equal(new ExamStatus(ExamStatusKind.DueSoon, 17), report.ExamsDue[1].Status);

        Assert.Equal(2, report.MaternalExecutionRecord.Women);
        Assert.Equal(1, report.MaternalExecutionRecord.WomenOfReproductiveAge);
        Assert.Equal(1, report.MaternalExecutionRecord.Pregnant);
        Assert.Equal(1, report.MaternalExecutionRecord.Tiers[RiskTier.Tier3]);
        Assert.Equal(1, report.MaternalExecutionRecord.PhysicianInterviewsNeeded);
    }
}
