using OshRules.Common;
using OshRules.Ergonomics;

namespace OshRules.Tests.Ergonomics;

public sealed class NmqReadmeTests
{
    /// <summary>The snippet of src/OshRules/Ergonomics/README.md, verbatim, with its comments checked.</summary>
    [Fact, Trait("Rule", "NMQ-3")]
    public void Readme_example_grades_a_lower_back_scoring_3_light_yellow()
    {
        var asOf = new EvaluationDate(new DateOnly(2026, 11, 23));
        var scores = BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(0, 0));
        scores[BodyRegion.LowerBack] = new RegionScore(pain: 2, jointRange: 3);     // region score 3
        var q = new NmqQuestionnaire("E-17", new DateOnly(2026, 4, 15), hasDiscomfort: true, isWorkRelated: true,
                                     SymptomDuration.SixMonths, scores);
        NmqGrade grade = NmqCalculator.Grade(q, signals: null, asOf)!;              // LightYellow, LowerBack at risk
        ImprovementTask? next = NmqCalculator.NextImprovement(grade, simpleOutcome: null);   // Simple
        NmqTable2 t2 = NmqStatistics.Table2([grade], onBusinessTrip: 0);

        Assert.Equal(NmqGradeLevel.LightYellow, grade.Level);
        Assert.Equal(BodyRegion.LowerBack, Assert.Single(grade.RegionsAtRisk));
        Assert.Equal(ImprovementStage.Simple, next!.Stage);
        Assert.Equal(1, t2.QuestionnaireSuspected);
    }
}
