using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.MaternalProtection;

/// <summary>
/// A completed checklist 附表一 for one worker's workplace (危害評估表之填答), MAT-13: an answer for each item answered;
/// items not answered count as <see cref="ChecklistAnswer.No"/>. Immutable and thread-safe.
/// </summary>
public sealed record ChecklistResponse
{
    private readonly ByElements<ImmutableSortedDictionary<string, ChecklistAnswer>> answersByKey;

    /// <summary>Creates the response.</summary>
    /// <param name="workerId">The worker's key.</param>
    /// <param name="answers">Answers by item key (<see cref="ChecklistItem.Key"/>, e.g. <c>Physical-5</c>).</param>
    /// <exception cref="OshValidationException">A key is not an item of 附表一 or an answer is not defined.</exception>
    public ChecklistResponse(string workerId, IReadOnlyDictionary<string, ChecklistAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        WorkerId = MaternalGuard.WorkerId(workerId, "ChecklistResponse.WorkerId", "MAT-13");
        var keys = WorkplaceHazardChecklist.Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, answer) in answers)
        {
            if (!keys.Contains(key))
            {
                throw new OshValidationException("ChecklistResponse.Answers", "MAT-13", "names an item that is not in 附表一");
            }

            Guard.Defined(answer, "ChecklistResponse.Answers", "MAT-13");
        }

        answersByKey = new(answers.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>The worker's key.</summary>
    public string WorkerId { get; }

    /// <summary>The answers given, by item key.</summary>
    public ImmutableSortedDictionary<string, ChecklistAnswer> Answers => answersByKey.Items;

    /// <summary>The answer to an item; <see cref="ChecklistAnswer.No"/> when not answered.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The answer.</returns>
    public ChecklistAnswer AnswerFor(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Answers.GetValueOrDefault(item.Key, ChecklistAnswer.No);
    }

    /// <summary>The number of items of a group answered yes or may-affect (危害項數), as counted in 附表六.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    public int HazardCount(ChecklistGroup group) =>
        WorkplaceHazardChecklist.Items.Count(i => i.Group == group && AnswerFor(i) != ChecklistAnswer.No);

    /// <summary>Describes the record without personal data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"ChecklistResponse {{ WorkerId = <redacted>, Answers = {Answers.Count} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, Answers.Count);
}
