using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The two ticks of one body region on the form (部位評分): pain or discomfort (酸痛不適程度) and joint range
/// (關節活動範圍), each 0–5. Immutable value object.
/// </summary>
/// <remarks>
/// NMQ-2: "下列任何部位請以酸痛不適與影響關節活動評斷。任選分數高者。" The region's score is the higher of the two,
/// see <see cref="Score"/>. Scale: 0 no pain / free movement; 1 negligible / pain at the limit; 2 may affect work /
/// pain past half range; 3 affects work / only half range; 4 affects self-care / only a quarter; 5 cannot move unaided.
/// </remarks>
public readonly record struct RegionScore
{
    /// <summary>Creates the scores of a region.</summary>
    /// <param name="pain">Pain or discomfort, 0–5 (酸痛不適程度).</param>
    /// <param name="jointRange">Limitation of joint range, 0–5 (關節活動範圍).</param>
    /// <exception cref="OshValidationException">A score is outside 0–5.</exception>
    public RegionScore(int pain, int jointRange)
    {
        Pain = CheckScore(pain, "RegionScore.Pain");
        JointRange = CheckScore(jointRange, "RegionScore.JointRange");
    }

    /// <summary>Pain or discomfort, 0–5 (酸痛不適程度).</summary>
    public int Pain { get; }

    /// <summary>Limitation of joint range, 0–5 (關節活動範圍).</summary>
    public int JointRange { get; }

    /// <summary>The region's score: the higher of pain and joint range (任選分數高者, NMQ-2).</summary>
    public int Score => Math.Max(Pain, JointRange);

    /// <summary>Whether the region scores <paramref name="threshold"/> or more (以上, ≥).</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns><see langword="true"/> when <see cref="Score"/> ≥ <paramref name="threshold"/>.</returns>
    public bool ScoresAtLeast(int threshold) => Score >= threshold;

    private static int CheckScore(int value, string field) =>
        Guard.InRange(value, NmqParameters.ScoreMinimum, NmqParameters.ScoreMaximum, field, "NMQ-2");
}
