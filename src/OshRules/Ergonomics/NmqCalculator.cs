using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// Pure functions of the Ergonomics family (人因性危害計算): grade, improvement path, programme duty, record
/// retention and the yearly calendar. The baseline the engine rules are tested and benchmarked against.
/// Stateless and thread-safe.
/// </summary>
public static class NmqCalculator
{
    /// <summary>
    /// The grade of one worker (危害等級判定, NMQ-3) from the questionnaire and the health room's signals; the highest
    /// grade that applies wins.
    /// </summary>
    /// <param name="questionnaire">The worker's questionnaire, if any.</param>
    /// <param name="signals">The health room's signals about the worker, if any.</param>
    /// <param name="asOf">The evaluation date; selects the version of 表 1.</param>
    /// <returns>
    /// The grade; <see langword="null"/> when there is neither a questionnaire nor a signal that grades on its own
    /// (無危害 needs a questionnaire: "問卷調查（NMQ）身體部位的評分都在 2 分以下").
    /// </returns>
    /// <remarks>
    /// 確診疾病 (red) over 有危害 (dark yellow) over 疑似有危害 (light yellow, some region ≥ 3) over 無危害 (no colour,
    /// all regions ≤ 2). A questionnaire ended at Q1 or Q2 scores no region and grades 無危害. The findings keep every
    /// reason that applies, so a red case with regions at 3 or more still lists them.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="asOf"/> is null.</exception>
    /// <exception cref="OshValidationException">The two facts are about different workers, or the date precedes the encoded text.</exception>
    public static NmqGrade? Grade(NmqQuestionnaire? questionnaire, HealthRoomSignals? signals, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (questionnaire is not null && signals is not null && !string.Equals(questionnaire.WorkerId, signals.WorkerId, StringComparison.Ordinal))
        {
            throw new OshValidationException("HealthRoomSignals.WorkerId", "NMQ-3", "must be the questionnaire's worker");
        }

        var threshold = NmqParameters.SuspectedRegionScoreAtLeast.ValueAt(asOf.Date);
        var findings = signals?.Findings ?? NmqFindings.None;
        if (questionnaire?.HasRegionScoringAtLeast(threshold) == true)
        {
            findings |= NmqFindings.QuestionnaireRegionAtRisk;
        }

        NmqGradeLevel? level = findings switch
        {
            _ when (findings & NmqFindings.DiagnosedDisease) != 0 => NmqGradeLevel.Red,
            _ when (findings & HazardFindings) != 0 => NmqGradeLevel.DarkYellow,
            _ when (findings & NmqFindings.QuestionnaireRegionAtRisk) != 0 => NmqGradeLevel.LightYellow,
            _ when questionnaire is not null => NmqGradeLevel.None,
            _ => null,
        };

        if (level is not { } l)
        {
            return null;
        }

        var workerId = questionnaire?.WorkerId ?? signals!.WorkerId;
        var regions = questionnaire?.RegionsScoringAtLeast(threshold) ?? [];
        return new NmqGrade(workerId, l, findings, ActionsFor(l), regions, [Table1Row(l), ErgonomicsSources.FacilitiesRules324Para1]);
    }

    /// <summary>The grade of a worker known only by the questionnaire (依問卷判定, NMQ-3): light yellow or no hazard.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The grade.</returns>
    public static NmqGrade Grade(NmqQuestionnaire questionnaire, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return Grade(questionnaire, null, asOf)!;
    }

    /// <summary>The grade of a worker with a signal record and the questionnaires an engine query collected (none or one).</summary>
    /// <param name="questionnaires">The worker's questionnaires: none or one.</param>
    /// <param name="signals">The worker's signals.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The grade, or <see langword="null"/> when nothing grades.</returns>
    /// <exception cref="OshValidationException">More than one questionnaire for the worker.</exception>
    public static NmqGrade? GradeCollected(IEnumerable<NmqQuestionnaire> questionnaires, HealthRoomSignals signals, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(questionnaires);
        ArgumentNullException.ThrowIfNull(signals);
        return Grade(Single(questionnaires, "NmqQuestionnaire"), signals, asOf);
    }

    /// <summary>
    /// The grade of one worker when the facts come as collections (as an engine query collects them), at most one of each.
    /// </summary>
    /// <param name="questionnaires">The worker's questionnaires: none or one.</param>
    /// <param name="signals">The worker's signals: none or one.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The grade, or <see langword="null"/> as in <see cref="Grade(NmqQuestionnaire?, HealthRoomSignals?, EvaluationDate)"/>.</returns>
    /// <exception cref="OshValidationException">More than one questionnaire or signal record for the worker.</exception>
    public static NmqGrade? GradeCollected(IEnumerable<NmqQuestionnaire> questionnaires, IEnumerable<HealthRoomSignals> signals, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(questionnaires);
        ArgumentNullException.ThrowIfNull(signals);
        return Grade(Single(questionnaires, "NmqQuestionnaire"), Single(signals, "HealthRoomSignals"), asOf);
    }

    /// <summary>The grades of a roster (全員危害等級), one per worker with a questionnaire or a grading signal, ordered by worker key.</summary>
    /// <param name="questionnaires">At most one questionnaire per worker.</param>
    /// <param name="signals">At most one signal record per worker.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The grades.</returns>
    /// <exception cref="OshValidationException">A worker has two questionnaires or two signal records.</exception>
    public static ImmutableArray<NmqGrade> GradeAll(IEnumerable<NmqQuestionnaire> questionnaires, IEnumerable<HealthRoomSignals> signals, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(questionnaires);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(asOf);
        var byWorker = new Dictionary<string, (NmqQuestionnaire? Q, HealthRoomSignals? S)>(StringComparer.Ordinal);
        foreach (var q in questionnaires)
        {
            ArgumentNullException.ThrowIfNull(q, nameof(questionnaires));
            if (byWorker.TryGetValue(q.WorkerId, out var e) && e.Q is not null)
            {
                throw new OshValidationException("NmqQuestionnaire.WorkerId", "NMQ-1", "must be unique: one questionnaire per worker");
            }

            byWorker[q.WorkerId] = (q, null);
        }

        foreach (var s in signals)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(signals));
            byWorker.TryGetValue(s.WorkerId, out var e);
            if (e.S is not null)
            {
                throw new OshValidationException("HealthRoomSignals.WorkerId", "NMQ-3", "must be unique: one signal record per worker");
            }

            byWorker[s.WorkerId] = (e.Q, s);
        }

        var builder = ImmutableArray.CreateBuilder<NmqGrade>(byWorker.Count);
        foreach (var (_, (q, s)) in byWorker.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (Grade(q, s, asOf) is { } g)
            {
                builder.Add(g);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The recommended actions of 表 1 for a grade (建議處置方案).</summary>
    /// <param name="level">The grade.</param>
    /// <returns>紅色 行政改善; 深黃色 人因工程改善、健康促進、行政改善; 淺黃 健康促進、行政改善; 無色 管控.</returns>
    public static NmqActions ActionsFor(NmqGradeLevel level) => level switch
    {
        NmqGradeLevel.Red => NmqActions.AdministrativeImprovement,
        NmqGradeLevel.DarkYellow => NmqActions.ErgonomicImprovement | NmqActions.HealthPromotion | NmqActions.AdministrativeImprovement,
        NmqGradeLevel.LightYellow => NmqActions.HealthPromotion | NmqActions.AdministrativeImprovement,
        NmqGradeLevel.None => NmqActions.Control,
        _ => throw new OshValidationException("level", "NMQ-3", "is not a known NmqGradeLevel code"),
    };

    /// <summary>
    /// The next step of the two-stage improvement (二階段人因工程改善, NMQ-4): simple improvement for every graded
    /// case; advanced improvement when simple improvement did not resolve it.
    /// </summary>
    /// <param name="grade">The worker's grade.</param>
    /// <param name="simpleOutcome">The outcome of the simple improvement, when assessed.</param>
    /// <returns>The task, or <see langword="null"/> for 無危害 (keep under control) or when simple improvement resolved the case.</returns>
    /// <exception cref="OshValidationException">The outcome is about another worker.</exception>
    public static ImprovementTask? NextImprovement(NmqGrade grade, SimpleImprovementOutcome? simpleOutcome)
    {
        ArgumentNullException.ThrowIfNull(grade);
        if (simpleOutcome is not null && !string.Equals(simpleOutcome.WorkerId, grade.SubjectId, StringComparison.Ordinal))
        {
            throw new OshValidationException("SimpleImprovementOutcome.WorkerId", "NMQ-4", "must be the graded worker");
        }

        if (!grade.NeedsImprovement)
        {
            return null;
        }

        ImmutableArray<Citation> basis = [ErgonomicsSources.ImprovementSection, ErgonomicsSources.FacilitiesRules324Para1Item3];
        return simpleOutcome switch
        {
            null => new ImprovementTask(grade.SubjectId, ImprovementStage.Simple, grade.Level, basis),
            { CallsForAdvancedImprovement: true } => new ImprovementTask(grade.SubjectId, ImprovementStage.Advanced, grade.Level, basis),
            _ => null,
        };
    }

    /// <summary>
    /// Whether an establishment of <paramref name="workerCount"/> workers must have the programme in writing
    /// (應訂定書面人因性危害預防計畫, NMQ-7): 100 workers or more (達一百人以上, ≥).
    /// </summary>
    /// <param name="workerCount">The number of workers (勞工人數), 0 to <see cref="ErgonomicsEstablishment.MaxWorkerCount"/>.</param>
    /// <param name="asOf">The day asked about.</param>
    /// <returns><see langword="true"/> from 100 workers; below that, records or documents may stand in (未滿一百人).</returns>
    /// <exception cref="OshValidationException">A negative count, or a date before §324-1 took effect.</exception>
    public static bool IsProgrammeRequiredInWriting(int workerCount, DateOnly asOf)
    {
        Guard.InRange(workerCount, 0, ErgonomicsEstablishment.MaxWorkerCount, "workerCount", "NMQ-7");
        return workerCount >= NmqParameters.WrittenProgrammeWorkersAtLeast.ValueAt(asOf);
    }

    /// <summary>The establishment's duty under §324-1 (人因性危害預防義務, NMQ-7).</summary>
    /// <param name="establishment">The establishment.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The form the measures take and the record retention, with citations.</returns>
    public static ErgonomicProgrammeDuty ProgrammeDuty(ErgonomicsEstablishment establishment, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(asOf);
        var threshold = NmqParameters.WrittenProgrammeWorkersAtLeast.At(asOf.Date);
        var retention = NmqParameters.RecordRetention.At(asOf.Date);
        var form = establishment.WorkerCount >= threshold.Value ? ProgrammeForm.WrittenProgramme : ProgrammeForm.RecordsOrDocuments;
        return new ErgonomicProgrammeDuty(establishment.Id, establishment.WorkerCount, form, retention.Value, [threshold.Citation, retention.Citation]);
    }

    /// <summary>
    /// The last day an execution record must be kept (紀錄留存期限, NMQ-7): three years counted from the day after it was
    /// made (民法 §120 II, §121).
    /// </summary>
    /// <param name="recordDate">The day the record was made.</param>
    /// <returns>The last day of retention, inclusive (e.g. made 2024-03-15 → kept through 2027-03-15).</returns>
    public static DateOnly RecordsRetainedUntil(DateOnly recordDate)
    {
        Guard.Plausible(recordDate, "recordDate", "NMQ-7");
        return CivilCode.PeriodEndAfter(recordDate, NmqParameters.RecordRetention.ValueAt(recordDate));
    }

    /// <summary>The programme's calendar for <paramref name="year"/> (年度計畫實施時程, NMQ-6).</summary>
    /// <param name="year">The calendar year, 2023–2199.</param>
    /// <returns>The last days of January, April and June of that year, each inclusive.</returns>
    /// <remarks>
    /// The months are looked up as in force on the year's last day, so the year of adoption (2023) gets the calendar
    /// the programme set for it. Years before the programme's adoption are rejected: the library encodes no earlier text.
    /// </remarks>
    /// <exception cref="OshValidationException">A year before the programme or after 2199.</exception>
    public static NmqCalendar YearlyCalendar(int year)
    {
        Guard.InRange(year, ErgonomicsSources.SchoolProgrammeVersion.EffectiveFrom.Year, CivilCode.LatestSupportedDate.Year, "year", "NMQ-6");
        var lookUp = new DateOnly(year, 12, 31);
        var analysis = NmqParameters.ExistingCaseAnalysisByEndOfMonth.At(lookUp);
        var survey = NmqParameters.ActiveSurveyByEndOfMonth.At(lookUp);
        var improvements = NmqParameters.ImprovementsByEndOfMonth.At(lookUp);
        return new NmqCalendar(
            year,
            EndOfMonth(year, analysis.Value),
            EndOfMonth(year, survey.Value),
            EndOfMonth(year, improvements.Value),
            [analysis.Citation]);
    }

    /// <summary>The establishment's calendar for the year of <paramref name="asOf"/> (年度計畫實施時程, NMQ-6).</summary>
    /// <param name="establishment">The establishment.</param>
    /// <param name="asOf">The evaluation date; its year is the calendar's year.</param>
    /// <returns>The calendar as a conclusion.</returns>
    public static ErgonomicProgrammeCalendar ProgrammeCalendar(ErgonomicsEstablishment establishment, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        ArgumentNullException.ThrowIfNull(asOf);
        return new ErgonomicProgrammeCalendar(establishment.Id, YearlyCalendar(asOf.Date.Year));
    }

    private const NmqFindings HazardFindings =
        NmqFindings.ReportedSuspectedCase | NmqFindings.AbnormalResignation | NmqFindings.FrequentSickLeaveOrAbsence | NmqFindings.FrequentMedicalRequests;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static readonly Citation Table1Red = ErgonomicsSources.Table1 with { Note = "確診疾病" };
    private static readonly Citation Table1DarkYellow = ErgonomicsSources.Table1 with { Note = "有危害" };
    private static readonly Citation Table1LightYellow = ErgonomicsSources.Table1 with { Note = "疑似有危害" };
    private static readonly Citation Table1None = ErgonomicsSources.Table1 with { Note = "無危害" };

    private static Citation Table1Row(NmqGradeLevel level) => level switch
    {
        NmqGradeLevel.Red => Table1Red,
        NmqGradeLevel.DarkYellow => Table1DarkYellow,
        NmqGradeLevel.LightYellow => Table1LightYellow,
        _ => Table1None,
    };

    private static T? Single<T>(IEnumerable<T> items, string field)
        where T : class
    {
        T? found = null;
        foreach (var item in items)
        {
            if (found is not null)
            {
                throw new OshValidationException(field + ".WorkerId", "NMQ-3", "must be unique: at most one record per worker");
            }

            found = item ?? throw new ArgumentNullException(nameof(items));
        }

        return found;
    }
}
