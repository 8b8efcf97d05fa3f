using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// One worker's answers to the musculoskeletal symptom survey of 表 6 (肌肉骨骼症狀調查表, NMQ). Immutable and
/// thread-safe; validated on construction, so a questionnaire that exists follows the form's own logic.
/// </summary>
/// <remarks>
/// <para>NMQ-1. Q1: "您在過去的 1 年內，身體是否有長達 2 星期以上的疲勞、酸痛、發麻、刺痛等不舒服，或關節活動受到限制？"
/// Q2: "承上題，是否與工作環境或職業姿勢不良有關？（若否，結束此調查表；若是，請繼續填寫下列表格。）"
/// Q3: how long the discomfort has lasted.</para>
/// <para>The form ends when Q1 or Q2 is "no" (否): Q2 may then only be "no" or blank, and neither Q3 nor any region
/// score may be given. When both are "yes" every one of the 15 regions must be scored (a blank region would be
/// silently read as 0 and could hide a case); Q3 is optional because respondents often skip it and it does not
/// change the grade.</para>
/// <para>NMQ-2. Each region carries a pain score and a joint-range score, 0–5; see <see cref="RegionScore"/>.</para>
/// <para>One questionnaire per worker is expected in a session (the latest survey); the calculators reject two.</para>
/// </remarks>
public sealed record NmqQuestionnaire
{
    private readonly ByElements<ImmutableArray<RegionScore>> regionScores;

    private const int OtherSymptomsMaxLength = 2000;

    /// <summary>Creates a questionnaire.</summary>
    /// <param name="workerId">The worker's key (員工編號), as in <see cref="Common.Worker.Id"/>.</param>
    /// <param name="filledOn">The date the form was filled in (填表日期).</param>
    /// <param name="hasDiscomfort">Q1: discomfort lasting 2 weeks or more in the past year.</param>
    /// <param name="isWorkRelated">Q2: related to the work environment or posture; required when Q1 is yes.</param>
    /// <param name="duration">Q3: how long the discomfort has lasted; only when Q1 and Q2 are yes.</param>
    /// <param name="regions">The scores of all 15 regions when Q1 and Q2 are yes; none otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workerId"/> is null.</exception>
    /// <exception cref="OshValidationException">An answer breaks the form's logic or a score is outside 0–5.</exception>
    public NmqQuestionnaire(
        string workerId,
        DateOnly filledOn,
        bool hasDiscomfort,
        bool? isWorkRelated = null,
        SymptomDuration? duration = null,
        IReadOnlyDictionary<BodyRegion, RegionScore>? regions = null)
    {
        ArgumentNullException.ThrowIfNull(workerId);
        WorkerId = Guard.NotBlank(workerId, "NmqQuestionnaire.WorkerId", "NMQ-1", 64);
        FilledOn = Guard.Plausible(filledOn, "NmqQuestionnaire.FilledOn", "NMQ-1");
        HasDiscomfort = hasDiscomfort;

        if (!hasDiscomfort && isWorkRelated == true)
        {
            throw new OshValidationException("NmqQuestionnaire.IsWorkRelated", "NMQ-1", "must not be yes when Q1 (discomfort) is no");
        }

        if (hasDiscomfort && isWorkRelated is null)
        {
            throw new OshValidationException("NmqQuestionnaire.IsWorkRelated", "NMQ-1", "must be answered when Q1 (discomfort) is yes");
        }

        IsWorkRelated = isWorkRelated;

        if (duration is { } d)
        {
            if (!hasDiscomfort)
            {
                throw new OshValidationException("NmqQuestionnaire.Duration", "NMQ-1", "must not be given when Q1 (discomfort) is no");
            }

            if (isWorkRelated != true)
            {
                throw new OshValidationException("NmqQuestionnaire.Duration", "NMQ-1", "must not be given when Q2 (work-related) is no: the form ends there");
            }

            Guard.Defined(d, "NmqQuestionnaire.Duration", "NMQ-1");
        }

        Duration = duration;
        regionScores = new(CheckRegions(regions, ContinuesToSymptomSurvey));
    }

    /// <summary>The worker's key (員工編號).</summary>
    public string WorkerId { get; }

    /// <summary>The date the form was filled in (填表日期).</summary>
    public DateOnly FilledOn { get; }

    /// <summary>Q1: discomfort lasting 2 weeks or more in the past year (過去 1 年內長達 2 星期以上之不舒服).</summary>
    public bool HasDiscomfort { get; }

    /// <summary>Q2: related to the work environment or posture (與工作環境或職業姿勢不良有關); null when not answered after Q1 "no".</summary>
    public bool? IsWorkRelated { get; }

    /// <summary>Q3: how long the discomfort has lasted (持續時間), when answered.</summary>
    public SymptomDuration? Duration { get; }

    /// <summary>The scores of the 15 regions indexed by <see cref="BodyRegion"/>; empty when the form ended at Q1 or Q2.</summary>
    public ImmutableArray<RegionScore> RegionScores => regionScores.Items;

    /// <summary>Part A, basic data (基本資料), when recorded.</summary>
    public NmqBasicData? BasicData { get; init; }

    /// <summary>Other symptoms and medical history, free text (其他症狀、病史說明); never used in a message.</summary>
    /// <exception cref="OshValidationException">Longer than 2000 characters.</exception>
    public string? OtherSymptoms
    {
        get;
        init
        {
            if (value is { Length: > OtherSymptomsMaxLength })
            {
                throw new OshValidationException("NmqQuestionnaire.OtherSymptoms", "NMQ-1", $"must be at most {OtherSymptomsMaxLength} characters");
            }

            field = value;
        }
    }

    /// <summary>Whether the respondent went on to the symptom table: Q1 and Q2 both "yes" (繼續填寫下列表格).</summary>
    public bool ContinuesToSymptomSurvey => HasDiscomfort && IsWorkRelated == true;

    /// <summary>The highest region score (最高部位分數); 0 when the form ended at Q1 or Q2.</summary>
    public int HighestScore
    {
        get
        {
            var max = 0;
            foreach (var r in RegionScores)
            {
                max = Math.Max(max, r.Score);
            }

            return max;
        }
    }

    /// <summary>The scores of one region (部位評分); zero scores when the form ended at Q1 or Q2.</summary>
    /// <param name="region">The region.</param>
    /// <returns>Its pain and joint-range scores.</returns>
    public RegionScore ScoreOf(BodyRegion region)
    {
        if (!BodyRegions.IsDefined(region))
        {
            throw new OshValidationException("region", "NMQ-2", "is not one of the 15 body regions");
        }

        return RegionScores.IsEmpty ? default : RegionScores[(int)region];
    }

    /// <summary>Whether any region scores <paramref name="threshold"/> or more (有部位評分在 N 分以上, ≥).</summary>
    /// <param name="threshold">The threshold, e.g. <see cref="NmqParameters.SuspectedRegionScoreAtLeast"/>.</param>
    /// <returns><see langword="true"/> when some region's score ≥ <paramref name="threshold"/>.</returns>
    public bool HasRegionScoringAtLeast(int threshold) => HighestScore >= threshold;

    /// <summary>
    /// Whether some region scores at the 疑似有危害 threshold in force on <paramref name="date"/> or more (有部位評分在 3 分以上).
    /// </summary>
    /// <param name="date">The evaluation date, selecting the version of 表 1.</param>
    /// <returns><see langword="true"/> when some region's score ≥ <see cref="NmqParameters.SuspectedRegionScoreAtLeast"/>.</returns>
    public bool HasRegionAtRiskOn(DateOnly date) => HasRegionScoringAtLeast(NmqParameters.SuspectedRegionScoreAtLeast.ValueAt(date));

    /// <summary>The regions scoring <paramref name="threshold"/> or more (≥), in form order (評分達 N 分以上之部位).</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The regions, possibly empty.</returns>
    public ImmutableArray<BodyRegion> RegionsScoringAtLeast(int threshold)
    {
        if (RegionScores.IsEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<BodyRegion>();
        for (var i = 0; i < RegionScores.Length; i++)
        {
            if (RegionScores[i].ScoresAtLeast(threshold))
            {
                builder.Add((BodyRegion)i);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"NmqQuestionnaire {{ WorkerId = <redacted>, FilledOn = {FilledOn:yyyy-MM-dd}, Q1 = {HasDiscomfort}, Q2 = {IsWorkRelated} }}";

    private static ImmutableArray<RegionScore> CheckRegions(IReadOnlyDictionary<BodyRegion, RegionScore>? regions, bool continues)
    {
        var given = regions ?? ImmutableDictionary<BodyRegion, RegionScore>.Empty;
        if (!continues)
        {
            if (given.Count > 0)
            {
                throw new OshValidationException("NmqQuestionnaire.Regions", "NMQ-2", "must be empty when Q1 or Q2 is no: the form ends there");
            }

            return [];
        }

        foreach (var key in given.Keys)
        {
            if (!BodyRegions.IsDefined(key))
            {
                throw new OshValidationException("NmqQuestionnaire.Regions", "NMQ-2", "contains an unknown body region code");
            }
        }

        var scores = new RegionScore[BodyRegions.Count];
        foreach (var region in BodyRegions.All)
        {
            if (!given.TryGetValue(region, out var score))
            {
                throw new OshValidationException("NmqQuestionnaire.Regions", "NMQ-2", $"must score all {BodyRegions.Count} body regions when Q1 and Q2 are yes (missing: {region})");
            }

            scores[(int)region] = score;
        }

        return ImmutableArray.Create(scores);
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, FilledOn, HasDiscomfort, IsWorkRelated, Duration, BasicData);
}
