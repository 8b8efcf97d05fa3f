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

    /// <summary>
    /// The most entries the list of nodes viewed may hold, repeats included: <see cref="Course.MaxNodes"/>, every node of
    /// the largest course once. Real sessions list a few nodes; the bound stops a runaway list (a count of two billion
    /// read from a spreadsheet) before it is held in memory.
    /// </summary>
    public const int MaxNodesListed = Course.MaxNodes;

    /// <summary>Creates a reading session.</summary>
    /// <param name="date">The day of the session.</param>
    /// <param name="hours">Hours read (閱讀時數), 0 or more.</param>
    /// <param name="nodesViewed">
    /// The numbers of the nodes opened, each 1 to <see cref="Course.MaxNodes"/> (checked against the course on replay); at
    /// most <see cref="MaxNodesListed"/> entries.
    /// </param>
    /// <exception cref="OshValidationException">Negative hours, a node number out of range or too many entries.</exception>
    public ReadingSession(DateOnly date, decimal hours, IEnumerable<int> nodesViewed)
        : base(date, "EDU-1")
    {
        ArgumentNullException.ThrowIfNull(nodesViewed);
        Hours = TrainingGuard.Hours(hours, "ReadingSession.Hours", "EDU-1");
        this.nodesViewed = new(Bounded(nodesViewed));
    }

    /// <summary>Hours read (閱讀時數).</summary>
    public decimal Hours { get; }

    /// <summary>The nodes opened (已點閱節點), numbered from 1.</summary>
    public ImmutableSortedSet<int> NodesViewed => nodesViewed.Items;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Hours, NodesViewed.Count);

    // Reads the list one entry at a time and stops at the first entry past a bound, so a runaway list is refused before
    // it is held in memory.
    private static ImmutableSortedSet<int> Bounded(IEnumerable<int> nodesViewed)
    {
        var nodes = ImmutableSortedSet.CreateBuilder<int>();
        var listed = 0;
        foreach (var n in nodesViewed)
        {
            if (n < 1)
            {
                throw new OshValidationException("ReadingSession.NodesViewed", "EDU-2", "node numbers start at 1");
            }

            if (n > Course.MaxNodes)
            {
                throw new OshValidationException("ReadingSession.NodesViewed", "EDU-2", $"node numbers end at {Course.MaxNodes}, the most nodes a course may have");
            }

            if (++listed > MaxNodesListed)
            {
                throw new OshValidationException("ReadingSession.NodesViewed", "EDU-2", $"must list at most {MaxNodesListed} nodes");
            }

            nodes.Add(n);
        }

        return nodes.ToImmutable();
    }
}
