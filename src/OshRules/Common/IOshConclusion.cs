using OshRules.Law;

namespace OshRules.Common;

// Hashing: the rule engine keys its working memory by each fact's own GetHashCode, and every conclusion a rule yields is
// a fresh object. A record's synthesized GetHashCode hashes every field with EqualityComparer<T>.Default, so a
// collection field (Basis, arrays, ImmutableArray<T>, immutable collections) is hashed by identity, which for a new
// object takes the runtime's slow path and adds nothing. Conclusion records, and fact records with such fields,
// therefore override GetHashCode with their cheap value fields only (ids, enums, dates, numbers, strings, cheap nested
// records) and keep the synthesized Equals: hashing a subset of what Equals compares stays consistent.
// ConclusionHashCodeTests fails for a conclusion that forgets this.
/// <summary>
/// A conclusion the rules reach (結論), with the legal citations it rests on (法源依據).
/// Every conclusion record of every family implements it.
/// </summary>
public interface IOshConclusion
{
    /// <summary>The key of the worker (or course) the conclusion is about.</summary>
    string SubjectId { get; }

    /// <summary>The legal basis: one or more citations, never empty.</summary>
    IReadOnlyList<Citation> Basis { get; }

    /// <summary>
    /// A known amendment, in force on the evaluation date, of a parameter the conclusion used but that the library does
    /// not encode yet (已公布尚未納入之修正); null when the conclusion rests only on encoded texts.
    /// </summary>
    /// <remarks>Conclusions that apply such a parameter expose it through a property of the same name.</remarks>
    PendingAmendment? PendingAmendment => null;
}
