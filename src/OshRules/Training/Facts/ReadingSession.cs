using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A reading session (閱讀課程): hours of reading and the nodes opened (點閱章節). Immutable and thread-safe.
/// </summary>
/// <remarks>Nodes are numbered from 1; a node opened twice counts once (nodes do not auto-play: each is opened by hand).</remarks>
public sealed record ReadingSession : LearningEvent
{
    private readonly ByElements<ImmutableSortedSet<int>> nodesViewed;

    /// <summary>Creates a reading session.</summary>
    /// <param name="date">The day of the session.</param>
    /// <param name="hours">Hours read (閱讀時數), 0 or more.</param>
    /// <param name="nodesViewed">The numbers of the nodes opened, each 1 or more (checked against the course on replay).</param>
    /// <exception cref="OshValidationException">Negative hours or a node number below 1.</exception>
    public ReadingSession(DateOnly date, decimal hours, IEnumerable<int> nodesViewed)
        : base(date, "EDU-1")
    {
        ArgumentNullException.ThrowIfNull(nodesViewed);
        Hours = TrainingGuard.Hours(hours, "ReadingSession.Hours", "EDU-1");
        var nodes = nodesViewed.ToImmutableSortedSet();
        if (!nodes.IsEmpty && nodes.Min < 1)
        {
            throw new OshValidationException("ReadingSession.NodesViewed", "EDU-2", "node numbers start at 1");
        }

        this.nodesViewed = new(nodes);
    }

    /// <summary>Hours read (閱讀時數).</summary>
    public decimal Hours { get; }

    /// <summary>The nodes opened (已點閱節點), numbered from 1.</summary>
    public ImmutableSortedSet<int> NodesViewed => nodesViewed.Items;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Hours, NodesViewed.Count);
}
