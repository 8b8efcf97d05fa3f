namespace OshRules.Law;

/// <summary>
/// The answer of a dated parameter for one date: the value, the citation and version that set it, and a flag
/// when the date lies past a known amendment whose new text is not encoded (法規已修正但尚未納入).
/// Immutable and thread-safe when <typeparamref name="T"/> is.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="Name">The parameter's name.</param>
/// <param name="Value">The value in force.</param>
/// <param name="Citation">Its legal basis.</param>
/// <param name="EffectiveFrom">The day the value took effect.</param>
/// <param name="PendingAmendment">Set when the asked date is on or after a known amendment that the library does not encode yet.</param>
public sealed record ParameterValue<T>(string Name, T Value, Citation Citation, DateOnly EffectiveFrom, PendingAmendment? PendingAmendment)
{
    /// <summary>Whether the answer is flagged: the date is beyond the last version the library encodes.</summary>
    public bool IsBeyondEncodedVersion => PendingAmendment is not null;
}
