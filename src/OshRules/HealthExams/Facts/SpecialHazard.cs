using System.Globalization;
using System.Text.Json.Serialization;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>
/// One hazard of special hazardous work (特別危害健康作業項目): a category of 附表一 and, for categories 8, 9 and 12,
/// the agent. Special exams are done once per hazard. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The code is the category alone (<c>2</c> for noise) or the category and sub-item (<c>9.12</c> for benzene).
/// Categories 8, 9 and 12 need an agent; the others must not have one.
/// </remarks>
public readonly record struct SpecialHazard
{
    /// <summary>Creates a hazard.</summary>
    /// <param name="category">The category of 附表一.</param>
    /// <param name="agent">The agent, for categories 8, 9 and 12 only.</param>
    /// <exception cref="OshValidationException">The category is unknown, or the agent does not belong to it.</exception>
    [JsonConstructor]
    public SpecialHazard(HazardCategory category, HazardAgent agent = HazardAgent.None)
    {
        Guard.Defined(category, "SpecialHazard.Category", "HC-6");
        Guard.Defined(agent, "SpecialHazard.Agent", "HC-6");
        var needsAgent = category is HazardCategory.OrganicSolvent or HazardCategory.SpecifiedChemical or HazardCategory.Designated;
        if (needsAgent && agent == HazardAgent.None)
        {
            throw new OshValidationException("SpecialHazard.Agent", "HC-6", "categories 8, 9 and 12 need an agent");
        }

        if (agent != HazardAgent.None && (int)agent / 100 != (int)category)
        {
            throw new OshValidationException("SpecialHazard.Agent", "HC-6", "does not belong to the category");
        }

        Category = category;
        Agent = agent;
    }

    /// <summary>Creates the hazard of an agent; the category follows from it (化學物質之作業類別).</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The hazard.</returns>
    /// <exception cref="OshValidationException">The agent is unknown or <see cref="HazardAgent.None"/>.</exception>
    public static SpecialHazard Of(HazardAgent agent)
    {
        if (Guard.Defined(agent, "SpecialHazard.Agent", "HC-6") == HazardAgent.None)
        {
            throw new OshValidationException("SpecialHazard.Agent", "HC-6", "must name an agent");
        }

        return new SpecialHazard((HazardCategory)((int)agent / 100), agent);
    }

    /// <summary>The category of 附表一 (作業類別).</summary>
    public HazardCategory Category { get; }

    /// <summary>The agent, or <see cref="HazardAgent.None"/> for a whole category (化學物質).</summary>
    public HazardAgent Agent { get; }

    /// <summary>The code: <c>2</c> or <c>9.12</c> (作業代碼).</summary>
    public string Code => Agent == HazardAgent.None
        ? ((int)Category).ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{(int)Category}.{(int)Agent % 100}");

    /// <summary>Parses a code such as <c>2</c> or <c>9.12</c> (作業代碼).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The hazard.</returns>
    /// <exception cref="OshValidationException">The code is not a known hazard.</exception>
    public static SpecialHazard Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = code.Trim().Split('.');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var category)
            || !Enum.IsDefined((HazardCategory)category))
        {
            throw Unknown();
        }

        var agent = HazardAgent.None;
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sub)
                || sub is < 1 or > 99
                || !Enum.IsDefined((HazardAgent)((category * 100) + sub)))
            {
                throw Unknown();
            }

            agent = (HazardAgent)((category * 100) + sub);
        }

        try
        {
            return new SpecialHazard((HazardCategory)category, agent);
        }
        catch (OshValidationException e)
        {
            throw new OshValidationException("SpecialHazard.Code", "HC-6", "is not a known special hazardous work code", e);
        }

        static OshValidationException Unknown() =>
            new("SpecialHazard.Code", "HC-6", "is not a known special hazardous work code");
    }

    /// <summary>The code, e.g. <c>9.12</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
