namespace OshRules.Law;

/// <summary>
/// A known amendment of a parameter whose new text is not encoded yet (已公布、尚未施行或尚未納入之修正).
/// A look-up on or after <see cref="EffectiveFrom"/> is answered with the last encoded value and flagged.
/// Immutable and thread-safe.
/// </summary>
/// <param name="EffectiveFrom">The day the amendment takes effect.</param>
/// <param name="Description">What changes, e.g. "115.06.26 text of §17 takes effect".</param>
public sealed record PendingAmendment(DateOnly EffectiveFrom, string Description)
{
    /// <summary>
    /// A hash of the effective day and the description's length: equal notices hash alike, and the few notices of the
    /// law differ in one or the other. The description (a paragraph) is not hashed character by character, because every
    /// conclusion that carries a notice hashes it each time the conclusion is hashed.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, Description?.Length ?? -1);
}
