using OshRules.Common;
using OshRules.Law;

namespace OshRules.Samples.Report;

/// <summary>The amendments the results are flagged with (法規已修正但尚未納入), each once, with how many conclusions carry it.</summary>
internal sealed class NoticeTally
{
    private readonly Dictionary<PendingAmendment, (int Count, Type FirstType)> seen = [];

    public void Add(IOshConclusion conclusion)
    {
        if (conclusion.PendingAmendment is { } amendment)
        {
            seen[amendment] = seen.TryGetValue(amendment, out var s) ? (s.Count + 1, s.FirstType) : (1, conclusion.GetType());
        }
    }

    /// <summary>The amendments by the day they take effect, with the count of conclusions and a conclusion type that carried it.</summary>
    public IReadOnlyList<(PendingAmendment Amendment, int Count, Type ConclusionType)> Items() =>
        seen.OrderBy(s => s.Key.EffectiveFrom).ThenBy(s => s.Key.Description, StringComparer.Ordinal)
            .Select(s => (s.Key, s.Value.Count, s.Value.FirstType)).ToList();
}
