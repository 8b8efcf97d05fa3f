using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation.Reports;

/// <summary>
/// Accumulates results one at a time (so a streamed roster never has to be held in memory) and builds the
/// <see cref="OrganisationReport"/>. Not thread-safe: feed it from one thread.
/// </summary>
public sealed class OrganisationReportBuilder
{
    private readonly DateOnly asOf;
    private readonly List<NmqGrade> grades = [];
    private readonly List<MaternalRiskAssessment> assessments = [];
    private readonly List<Worker> workers = [];
    private readonly List<MaternalFollowUp> followUps = [];
    private readonly List<ExamDueEntry> exams = [];
    private readonly List<TrainingDueEntry> training = [];
    private int cases;
    private int errors;

    /// <summary>Creates a builder for results evaluated on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The evaluation date.</param>
    public OrganisationReportBuilder(DateOnly asOf) => this.asOf = asOf;

    /// <summary>Workers on business trip during the survey, counted in 表 2's 出差 row.</summary>
    public int OnBusinessTrip { get; set; }

    /// <summary>Adds one result.</summary>
    /// <param name="result">The result.</param>
    public void Add(OshResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        cases++;
        if (!result.IsValid)
        {
            errors++;
            return;
        }

        foreach (var c in result.Conclusions)
        {
            switch (c)
            {
                case NmqGrade g:
                    grades.Add(g);
                    break;
                case MaternalRiskAssessment a:
                    assessments.Add(a);
                    break;
                case PeriodicGeneralExamDue p when p.Status.Kind != ExamStatusKind.NotYetDue:
                    exams.Add(new ExamDueEntry(result.CaseId, p.SubjectId, ExamKind.PeriodicGeneral, null, p.DueDate, p.Status));
                    break;
                case SpecialExamDue s when s.Status.Kind != ExamStatusKind.NotYetDue:
                    exams.Add(new ExamDueEntry(result.CaseId, s.SubjectId, s.Kind, s.Hazard, s.DueDate, s.Status));
                    break;
                case HireExamRequired h when h.Status.Kind != ExamStatusKind.NotYetDue:
                    exams.Add(new ExamDueEntry(result.CaseId, h.SubjectId, ExamKind.GeneralPhysical, null, h.DueDate, h.Status));
                    break;
                case TrainingDue t when t.Status != TrainingDueStatus.Current:
                    training.Add(new TrainingDueEntry(result.CaseId, t));
                    break;
            }
        }
    }

    /// <summary>Adds the worker facts of the roster, for the head counts of 附表六 (women, women aged 15–49).</summary>
    /// <param name="worker">A worker.</param>
    public void AddWorker(Worker worker) => workers.Add(worker ?? throw new ArgumentNullException(nameof(worker)));

    /// <summary>Adds a maternal follow-up record (interviews done, work adjustments) for 附表六.</summary>
    /// <param name="followUp">The record.</param>
    public void AddFollowUp(MaternalFollowUp followUp) => followUps.Add(followUp ?? throw new ArgumentNullException(nameof(followUp)));

    /// <summary>Builds the report from everything added.</summary>
    /// <returns>The report.</returns>
    public OrganisationReport Build() => new()
    {
        AsOf = asOf,
        Cases = cases,
        CasesWithErrors = errors,
        NmqTable2 = NmqStatistics.Table2(grades, OnBusinessTrip),
        NmqTable5 = NmqStatistics.Table5(grades),
        MaternalExecutionRecord = MaternalRiskCalculator.ExecutionRecord(asOf, workers, assessments, followUps),
        ExamsDue = exams
            .OrderByDescending(e => e.Status.Kind == ExamStatusKind.Overdue)
            .ThenBy(e => e.DueDate)
            .ThenBy(e => e.CaseId, StringComparer.Ordinal)
            .ToArray(),
        TrainingDue = training
            .OrderByDescending(e => e.Due.Status == TrainingDueStatus.Overdue)
            .ThenBy(e => e.Due.DueDate)
            .ThenBy(e => e.CaseId, StringComparer.Ordinal)
            .ToArray(),
    };

    /// <summary>Builds the report from results in one call.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="results">The results.</param>
    /// <param name="workers">The roster's workers, for 附表六's head counts; optional.</param>
    /// <returns>The report.</returns>
    public static OrganisationReport From(DateOnly asOf, IEnumerable<OshResult> results, IEnumerable<Worker>? workers = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var builder = new OrganisationReportBuilder(asOf);
        foreach (var r in results)
        {
            builder.Add(r);
        }

        foreach (var w in workers ?? [])
        {
            builder.AddWorker(w);
        }

        return builder.Build();
    }
}
