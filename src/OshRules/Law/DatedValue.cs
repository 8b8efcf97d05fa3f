namespace OshRules.Law;

/// <summary>
/// One value of a legal parameter in force from a date (施行日), with the citation it rests on.
/// Immutable and thread-safe when <typeparamref name="T"/> is.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="EffectiveFrom">The first day the value applies (施行日).</param>
/// <param name="Value">The value.</param>
/// <param name="Citation">The article that sets the value, in the version that applies from <paramref name="EffectiveFrom"/>.</param>
public sealed record DatedValue<T>(DateOnly EffectiveFrom, T Value, Citation Citation);
