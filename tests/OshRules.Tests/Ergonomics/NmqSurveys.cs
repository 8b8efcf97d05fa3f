using OshRules.Common;
using OshRules.Ergonomics;

namespace OshRules.Tests.Ergonomics;

/// <summary>Builders of questionnaires and signals for the Ergonomics tests.</summary>
internal static class NmqSurveys
{
    public static readonly DateOnly SurveyDay = new(2026, 4, 15);

    public static readonly EvaluationDate AsOf = new(new DateOnly(2026, 11, 23));

    /// <summary>A questionnaire with Q1 and Q2 yes, every region 0 except those given.</summary>
    public static NmqQuestionnaire Scored(string workerId, params (BodyRegion Region, int Pain, int JointRange)[] scored)
    {
        var regions = BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(0, 0));
        foreach (var (region, pain, joint) in scored)
        {
            regions[region] = new RegionScore(pain, joint);
        }

        return new NmqQuestionnaire(workerId, SurveyDay, hasDiscomfort: true, isWorkRelated: true, SymptomDuration.ThreeMonths, regions);
    }

    /// <summary>A questionnaire ending at Q1 "no".</summary>
    public static NmqQuestionnaire NoDiscomfort(string workerId) => new(workerId, SurveyDay, hasDiscomfort: false);

    /// <summary>All 15 regions with the same pain and joint-range score.</summary>
    public static Dictionary<BodyRegion, RegionScore> AllRegions(int pain, int joint) =>
        BodyRegions.All.ToDictionary(r => r, _ => new RegionScore(pain, joint));
}
