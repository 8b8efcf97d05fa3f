using System.Collections.Frozen;
using OshRules.Common;

namespace OshRules.Evaluation.Json;

/// <summary>
/// Every concrete <see cref="IOshConclusion"/> of the library, found by reflection, with its JSON type discriminator
/// (its type name). A new conclusion type is picked up without a list to keep in step.
/// </summary>
internal static class ConclusionTypes
{
    public static readonly FrozenDictionary<string, Type> ByName = Discover().ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static readonly FrozenDictionary<Type, string> ByType = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    private static IEnumerable<Type> Discover() =>
        typeof(IOshConclusion).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && typeof(IOshConclusion).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
}
