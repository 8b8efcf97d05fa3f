using OshRules.Common;
using OshRules.Training;

namespace OshRules.Samples.Report;

/// <summary>Where a learner stands in an e-learning course.</summary>
internal enum CourseStanding
{
    Passed,

    /// <summary>Attempts used without a pass, attempts left (補考).</summary>
    InRetake,

    /// <summary>The attempts ran out: reading hours and progress start again (重新閱讀).</summary>
    Reset,

    /// <summary>Not passed, no attempt failed yet.</summary>
    InProgress,
}

/// <summary>A course not passed, with its row.</summary>
internal sealed record CourseEntry(RowRef Row, string CourseId, CourseStanding Standing, CourseConditions Open, ExamState? Test, int AttemptsUsed, int AttemptLimit);

/// <summary>A training obligation overdue or due soon, with its row.</summary>
internal sealed record TrainingEntry(RowRef Row, TrainingDueKind Kind, DateOnly DueDate, TrainingDueStatus Status, decimal HoursMissing);

/// <summary>
/// E-learning and training (數位學習與教育訓練): course standings (passed, in retake, reset), open conditions, and the
/// training obligations by month due.
/// </summary>
internal sealed class TrainingSection(DateOnly asOf, int listLength)
{
    public static readonly TrainingDueKind[] Kinds = [TrainingDueKind.GeneralOnHireOrChange, TrainingDueKind.InService];

    public static readonly CourseConditions[] Conditions = [CourseConditions.ReadingHours, CourseConditions.ReadingProgress, CourseConditions.Test, CourseConditions.Questionnaire];

    private static readonly IComparer<CourseEntry> CourseOrder = Comparer<CourseEntry>.Create((a, b) =>
        a.Standing != b.Standing ? Rank(a.Standing).CompareTo(Rank(b.Standing)) : a.Row.Line.CompareTo(b.Row.Line));

    private static readonly IComparer<TrainingEntry> Urgency = Comparer<TrainingEntry>.Create((a, b) =>
        a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : a.Row.Line.CompareTo(b.Row.Line));

    // One row's course conclusions, paired by course id when the row ends (their order within a result is not relied on).
    private readonly List<CourseStatus> statuses = [];
    private readonly Dictionary<string, ExamRetakeState> retakes = new(StringComparer.Ordinal);
    private readonly HashSet<string> resets = new(StringComparer.Ordinal);

    public Dictionary<CourseStanding, int> ByStanding { get; } = Enum.GetValues<CourseStanding>().ToDictionary(s => s, _ => 0);

    /// <summary>Courses not passed, by condition still open.</summary>
    public Dictionary<CourseConditions, int> OpenConditions { get; } = Conditions.ToDictionary(c => c, _ => 0);

    public BoundedList<CourseEntry> NotPassed { get; } = new(listLength, CourseOrder);

    public MonthChart<TrainingDueKind> Schedule { get; } = new(asOf, Kinds);

    public BoundedList<TrainingEntry> Due { get; } = new(listLength, Urgency);

    public int Overdue { get; private set; }

    public int DueSoon { get; private set; }

    public int Obligations { get; private set; }

    public int OshCardRequirements { get; private set; }

    public int HoursCredits { get; private set; }

    public int Courses => ByStanding.Values.Sum();

    public bool Claim(IOshConclusion conclusion, RowRef row)
    {
        switch (conclusion)
        {
            case CourseStatus s:
                statuses.Add(s);
                return true;
            case ExamRetakeState r:
                retakes[r.CourseId] = r;
                return true;
            case ReadingResetRequired reset:
                resets.Add(reset.CourseId);
                return true;
            case TrainingDue t:
                AddDue(row, t);
                return true;
            case OshCardRequirement:
                OshCardRequirements++;
                return true;
            case HoursCredit:
                HoursCredits++;
                return true;
            default:
                return false;
        }
    }

    public void EndRow(RowRef row)
    {
        foreach (var s in statuses)
        {
            var retake = retakes.GetValueOrDefault(s.CourseId);
            var standing = s.IsPassed ? CourseStanding.Passed
                : resets.Contains(s.CourseId) ? CourseStanding.Reset
                : retake is { AttemptsUsed: > 0 } ? CourseStanding.InRetake
                : CourseStanding.InProgress;
            ByStanding[standing]++;
            if (standing == CourseStanding.Passed)
            {
                continue;
            }

            foreach (var c in Conditions.Where(c => (s.Open & c) != 0))
            {
                OpenConditions[c]++;
            }

            NotPassed.Add(new CourseEntry(row, s.CourseId, standing, s.Open, retake?.State, retake?.AttemptsUsed ?? 0, retake?.AttemptLimit ?? 0));
        }

        statuses.Clear();
        retakes.Clear();
        resets.Clear();
    }

    private static int Rank(CourseStanding s) => s switch
    {
        CourseStanding.Reset => 0,
        CourseStanding.InRetake => 1,
        CourseStanding.InProgress => 2,
        _ => 3,
    };

    private void AddDue(RowRef row, TrainingDue t)
    {
        Obligations++;
        Schedule.Add(t.Kind, t.DueDate, t.Status == TrainingDueStatus.Overdue);
        if (t.Status == TrainingDueStatus.Current)
        {
            return;
        }

        if (t.Status == TrainingDueStatus.Overdue)
        {
            Overdue++;
        }
        else
        {
            DueSoon++;
        }

        Due.Add(new TrainingEntry(row, t.Kind, t.DueDate, t.Status, t.HoursMissing));
    }
}
