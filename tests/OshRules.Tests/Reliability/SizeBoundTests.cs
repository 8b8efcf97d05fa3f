using OshRules.Ergonomics;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Tests.Reliability;

/// <summary>
/// Every size is bounded: a count or collection beyond its documented bound is refused with a validation error, and
/// the refusal comes before the input can make memory grow (the enumeration stops at the first item past the bound).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class SizeBoundTests
{
    private static readonly DateOnly Day = new(2026, 10, 1);

    [Fact]
    public void Two_billion_nodes_viewed_are_refused_after_reading_one_past_the_bound()
    {
        // Once: a roster row with nodes_viewed=2000000000 grew memory past 9.6 GB, and kept growing.
        var pulled = 0L;
        IEnumerable<int> Nodes()
        {
            for (var n = 1; n <= 2_000_000_000; n++)
            {
                pulled++;
                yield return n;
            }
        }

        var ex = Assert.Throws<OshValidationException>(() => new ReadingSession(Day, 1m, Nodes()));

        Assert.Equal($"ReadingSession.NodesViewed: node numbers end at {Course.MaxNodes}, the most nodes a course may have (rule EDU-2).", ex.Message);
        Assert.Equal(Course.MaxNodes + 1, pulled);
    }

    [Fact]
    public void A_list_of_nodes_viewed_longer_than_the_bound_is_refused_even_when_it_repeats_nodes()
    {
        var pulled = 0L;
        IEnumerable<int> SameNodeForever()
        {
            while (true)
            {
                pulled++;
                yield return 1;
            }
        }

        var ex = Assert.Throws<OshValidationException>(() => new ReadingSession(Day, 1m, SameNodeForever()));

        Assert.Equal($"ReadingSession.NodesViewed: must list at most {ReadingSession.MaxNodesListed} nodes (rule EDU-2).", ex.Message);
        Assert.Equal(ReadingSession.MaxNodesListed + 1, pulled);
    }

    [Fact]
    public void Every_node_of_the_largest_course_may_be_listed()
    {
        var session = new ReadingSession(Day, 1m, Enumerable.Range(1, Course.MaxNodes));

        Assert.Equal(Course.MaxNodes, session.NodesViewed.Count);
    }

    [Fact]
    public void Course_progress_holds_at_most_the_bound_of_events()
    {
        var events = Enumerable.Range(0, CourseProgress.MaxEvents + 1).Select(i => (LearningEvent)new ExamAttempt(Day, i % 100));

        var ex = Assert.Throws<OshValidationException>(() => new CourseProgress("T-1", "C-1", events));
        var atTheBound = new CourseProgress("T-1", "C-1", events.Take(CourseProgress.MaxEvents));

        Assert.Equal($"CourseProgress.Events: must hold at most {CourseProgress.MaxEvents} events (rule EDU-5).", ex.Message);
        Assert.Equal(CourseProgress.MaxEvents, atTheBound.Events.Length);
    }

    [Fact]
    public void A_course_progress_fed_forever_is_refused_after_one_event_past_the_bound()
    {
        var pulled = 0L;
        IEnumerable<LearningEvent> Forever()
        {
            while (true)
            {
                pulled++;
                yield return new QuestionnaireSubmitted(Day);
            }
        }

        Assert.Throws<OshValidationException>(() => new CourseProgress("T-1", "C-1", Forever()));
        Assert.Equal(CourseProgress.MaxEvents + 1, pulled);
    }

    [Theory]
    [InlineData(nameof(ExamReplayState.NodesViewed), Course.MaxNodes)]
    [InlineData(nameof(ExamReplayState.NodeCount), Course.MaxNodes)]
    [InlineData(nameof(ExamReplayState.AttemptsUsed), CourseProgress.MaxEvents)]
    [InlineData(nameof(ExamReplayState.AttemptLimit), CourseProgress.MaxEvents)]
    [InlineData(nameof(ExamReplayState.Cycle), CourseProgress.MaxEvents)]
    [InlineData(nameof(ExamReplayState.ResetCount), CourseProgress.MaxEvents)]
    public void Counts_of_a_replay_state_are_bounded_by_what_a_replay_can_count(string member, int bound)
    {
        var property = typeof(ExamReplayState).GetProperty(member)!;
        var state = ReplayState();

        property.SetValue(state, bound);
        var ex = Assert.Throws<System.Reflection.TargetInvocationException>(() => property.SetValue(ReplayState(), bound + 1));

        var inner = Assert.IsType<OshValidationException>(ex.InnerException);
        Assert.Equal($"ExamReplayState.{member}", inner.Field);
        Assert.Equal(bound, property.GetValue(state));
    }

    [Fact]
    public void An_establishment_counts_at_most_ten_million_workers()
    {
        var ex = Assert.Throws<OshValidationException>(() => new ErgonomicsEstablishment("E-1", ErgonomicsEstablishment.MaxWorkerCount + 1));

        Assert.Equal(10_000_000, new ErgonomicsEstablishment("E-1", ErgonomicsEstablishment.MaxWorkerCount).WorkerCount);
        Assert.Equal("ErgonomicsEstablishment.WorkerCount: must be between 0 and 10000000 (was 10000001) (rule NMQ-7).", ex.Message);
        Assert.Throws<OshValidationException>(() => NmqCalculator.IsProgrammeRequiredInWriting(int.MaxValue, Day));
        Assert.Throws<OshValidationException>(() => new MaternalEstablishment("E-1", int.MaxValue));
    }

    private static ExamReplayState ReplayState() => new()
    {
        Cycle = 1,
        AttemptLimit = 2,
        AttemptsUsed = 0,
        ReadingHours = 0m,
        NodesViewed = 0,
        NodeCount = 1,
        RequiredReadingHours = 0m,
        ReadingHoursMetOn = null,
        ReadingProgressMetOn = null,
        TestPassedOn = null,
        LastScore = null,
        QuestionnaireSubmittedOn = null,
        ResetCount = 0,
        LastResetOn = null,
        PassMark = 80,
    };
}
