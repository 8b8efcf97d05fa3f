using OshRules.Common;
using OshRules.HealthExams;

namespace OshRules.Samples.Report;

/// <summary>An exam of the schedule that is overdue or due soon, with its row.</summary>
internal sealed record ExamEntry(RowRef Row, ExamKind Kind, HazardCategory? Hazard, DateOnly DueDate, ExamStatus Status);

/// <summary>Health examinations (勞工健康保護規則): the schedule of every exam, the ones overdue or due soon, and follow-ups.</summary>
internal sealed class ExamsSection(DateOnly asOf, int listLength)
{
    /// <summary>The exam kinds, in the order the law lists them (the series of the chart).</summary>
    public static readonly ExamKind[] Kinds = [ExamKind.GeneralPhysical, ExamKind.PeriodicGeneral, ExamKind.SpecialPhysical, ExamKind.SpecialPeriodic];

    private static readonly IComparer<ExamEntry> Urgency = Comparer<ExamEntry>.Create((a, b) =>
        a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : a.Row.Line.CompareTo(b.Row.Line));

    /// <summary>Exams overdue or due soon, most urgent first.</summary>
    public BoundedList<ExamEntry> Due { get; } = new(listLength, Urgency);

    /// <summary>Every exam by kind and month due.</summary>
    public MonthChart<ExamKind> Schedule { get; } = new(asOf, Kinds);

    public int Overdue { get; private set; }

    public int DueSoon { get; private set; }

    /// <summary>Exams on the schedule in all (every status).</summary>
    public int Scheduled { get; private set; }

    /// <summary>Follow-ups after a special exam, by management level 1–4 (健康管理分級); index 0 for a follow-up without a level.</summary>
    public int[] FollowUpsByLevel { get; } = new int[5];

    public int HiringExempt { get; private set; }

    /// <summary>Work found to be special hazardous from a measurement (HC-6).</summary>
    public int SpecialHazardous { get; private set; }

    public bool Claim(IOshConclusion conclusion, RowRef row)
    {
        switch (conclusion)
        {
            case PeriodicGeneralExamDue p:
                AddExam(row, ExamKind.PeriodicGeneral, null, p.DueDate, p.Status);
                return true;
            case SpecialExamDue s:
                AddExam(row, s.Kind, s.Hazard.Category, s.DueDate, s.Status);
                return true;
            case HireExamRequired h:
                AddExam(row, ExamKind.GeneralPhysical, null, h.DueDate, h.Status);
                return true;
            case ManagementFollowUp f:
                FollowUpsByLevel[f.Level is { } level ? (int)level : 0]++;
                return true;
            case HireExamExempt:
                HiringExempt++;
                return true;
            case SpecialHazardClassification c:
                SpecialHazardous += c.IsSpecialHazardous ? 1 : 0;
                return true;
            case ExamRecordRetention:
                return true;
            default:
                return false;
        }
    }

    private void AddExam(RowRef row, ExamKind kind, HazardCategory? hazard, DateOnly due, ExamStatus status)
    {
        Scheduled++;
        Schedule.Add(kind, due, status.IsOverdue);
        if (status.Kind == ExamStatusKind.NotYetDue)
        {
            return;
        }

        if (status.IsOverdue)
        {
            Overdue++;
        }
        else
        {
            DueSoon++;
        }

        Due.Add(new ExamEntry(row, kind, hazard, due, status));
    }
}
