namespace OshRules.Ergonomics;

/// <summary>The dominant hand recorded in the basic data (慣用手).</summary>
public enum DominantHand
{
    /// <summary>Left hand (左手).</summary>
    Left = 1,

    /// <summary>Right hand (右手).</summary>
    Right = 2,
}
