using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// A learner's record in one course (學習紀錄): the ordered list of what they did. Immutable and thread-safe;
/// validated on construction.
/// </summary>
/// <remarks>
/// The list is in the order things happened; dates must not go backwards. Whether an attempt was allowed
/// (EDU-2, EDU-5) depends on the course and is checked when the history is replayed
/// (<see cref="ExamAttemptReplay.Replay"/>).
/// </remarks>
public sealed record CourseProgress
{
    private readonly ByElements<ImmutableArray<LearningEvent>> events;

    /// <summary>
    /// The most events one learner's record of one course may hold (學習紀錄筆數上限): 1,000. A course is passed in a few
    /// reading sessions and at most a few attempts per cycle; a thousand events is far beyond any real record and still
    /// replays in microseconds.
    /// </summary>
    public const int MaxEvents = 1000;

    /// <summary>Creates a learner's record.</summary>
    /// <param name="workerId">The learner's key (學員).</param>
    /// <param name="courseId">The course key.</param>
    /// <param name="events">What the learner did, in order; at most <see cref="MaxEvents"/>.</param>
    /// <exception cref="OshValidationException">A key is blank, the dates go backwards or there are too many events.</exception>
    public CourseProgress(string workerId, string courseId, IEnumerable<LearningEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        WorkerId = Guard.NotBlank(workerId, "CourseProgress.WorkerId", "EDU-1", 64);
        CourseId = Guard.NotBlank(courseId, "CourseProgress.CourseId", "EDU-1", 64);
        // Read one event at a time, so a runaway list is refused at the first event past the bound.
        var list = ImmutableArray.CreateBuilder<LearningEvent>();
        foreach (var e in events)
        {
            if (list.Count == MaxEvents)
            {
                throw new OshValidationException("CourseProgress.Events", "EDU-5", $"must hold at most {MaxEvents} events");
            }

            if (e is null)
            {
                throw new OshValidationException("CourseProgress.Events", "EDU-5", "must not contain a missing event");
            }

            if (list.Count > 0 && e.Date < list[^1].Date)
            {
                throw new OshValidationException("CourseProgress.Events", "EDU-5", "must be in the order they happened (a date goes backwards)");
            }

            list.Add(e);
        }

        this.events = new(list.DrainToImmutable());
    }

    /// <summary>The learner's key (學員).</summary>
    public string WorkerId { get; }

    /// <summary>The course key (課程代碼).</summary>
    public string CourseId { get; }

    /// <summary>What the learner did, in order (學習歷程).</summary>
    public ImmutableArray<LearningEvent> Events => events.Items;

    /// <summary>Whether this record is of <paramref name="course"/>.</summary>
    /// <param name="course">The course.</param>
    /// <returns><see langword="true"/> when the course keys are equal.</returns>
    public bool IsOf(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return string.Equals(CourseId, course.Id, StringComparison.Ordinal);
    }

    /// <summary>Describes the record without the learner's key.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"CourseProgress {{ WorkerId = <redacted>, CourseId = {CourseId}, Events = {Events.Length} }}";

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(WorkerId, CourseId, Events.IsDefault ? -1 : Events.Length);
}
