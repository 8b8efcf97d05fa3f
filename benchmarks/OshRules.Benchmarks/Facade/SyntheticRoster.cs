using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// The facts of one synthetic worker touching all four families: a general exam (and one worker in five on noise work
/// with a special exam), an NMQ questionnaire, for one woman in four a pregnancy with noise and manual handling, a
/// Chinese course in progress, and a training profile with two records.
/// </summary>
public sealed class SyntheticWorker
{
    /// <summary>The evaluation date of every synthetic roster.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly SpecialHazard Noise = new(HazardCategory.Noise);
    private static readonly Course SharedCourse = new("GEN-ZH-1", CourseLanguage.Chinese, requiredReadingHours: 3m, nodeCount: 4, trainingHours: 3m);
    private static readonly int[] AllNodes = [1, 2, 3, 4];

    private SyntheticWorker(int index)
    {
        // A cheap deterministic mix (no shared Random, so workers can be generated lazily and in any order).
        var h = unchecked((uint)index * 2654435761u);
        var id = "W" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var female = index % 2 == 1;
        Worker = new Worker(id, AsOf.AddDays(-(int)(6570 + (h % 17000))), female ? Sex.Female : Sex.Male, AsOf.AddDays(-(int)(30 + (h % 3600))));
        var exams = new List<ExamRecord>(2) { new(id, ExamKind.PeriodicGeneral, AsOf.AddDays(-(int)(h % 2000))) };
        if (index % 5 == 0)
        {
            Assignment = new SpecialHazardAssignment(id, Noise, AsOf.AddDays(-(int)(400 + (h % 700))));
            exams.Add(new ExamRecord(id, ExamKind.SpecialPeriodic, AsOf.AddDays(-(int)(h % 400)), Noise));
        }

        Exams = exams;
        var scores = BodyRegions.All.ToDictionary(r => r, r => new RegionScore((int)((h >> (int)r) % 4), (int)((h >> ((int)r + 3)) % 4)));
        Questionnaire = new NmqQuestionnaire(id, new DateOnly(2026, 4, 15), hasDiscomfort: true, isWorkRelated: true, SymptomDuration.SixMonths, scores);
        if (female && index % 4 == 1)
        {
            Maternal = new MaternalStatus(id, employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20));
            Exposures = [new NoiseExposure(id, 70 + (h % 200) / 10.0), new ManualHandling(id, (h % 300) / 10.0, HandlingMode.Intermittent)];
        }

        var day = new DateOnly(2026, 10, 5);
        Progress = new CourseProgress(id, SharedCourse.Id,
        [
            new ReadingSession(day, 3m, AllNodes),
            new ExamAttempt(day, 50 + (int)(h % 50)),
            new QuestionnaireSubmitted(day),
        ]);
        Profile = new TrainingProfile(id, (InServiceItem)(1 + (index % 13)), Worker.HireDate!.Value);
        Records =
        [
            new TrainingRecord(id, Profile.AssignedOn, 3m, TrainingPurpose.GeneralOnHireOrChange, TrainingDelivery.InPerson),
            new TrainingRecord(id, Profile.AssignedOn.AddDays(300), 3m, TrainingPurpose.InService, TrainingDelivery.InPerson),
        ];
    }

    /// <summary>The worker.</summary>
    public Worker Worker { get; }

    /// <summary>Exam records.</summary>
    public IReadOnlyList<ExamRecord> Exams { get; }

    /// <summary>Noise work, for one worker in five.</summary>
    public SpecialHazardAssignment? Assignment { get; }

    /// <summary>The NMQ questionnaire.</summary>
    public NmqQuestionnaire Questionnaire { get; }

    /// <summary>Pregnancy, for one woman in four.</summary>
    public MaternalStatus? Maternal { get; }

    /// <summary>Her exposures.</summary>
    public IReadOnlyList<MaternalHazardExposure> Exposures { get; } = [];

    /// <summary>Progress in the shared course.</summary>
    public CourseProgress Progress { get; }

    /// <summary>Training profile.</summary>
    public TrainingProfile Profile { get; }

    /// <summary>Training records.</summary>
    public IReadOnlyList<TrainingRecord> Records { get; }

    /// <summary>The worker with the given index.</summary>
    public static SyntheticWorker Create(int index) => new(index);

    /// <summary>Workers 0..n-1, generated lazily: nothing is held once a worker has been consumed.</summary>
    public static IEnumerable<SyntheticWorker> Roster(int n)
    {
        for (var i = 0; i < n; i++)
        {
            yield return new SyntheticWorker(i);
        }
    }

    /// <summary>The facade cases of <see cref="Roster"/>, generated lazily.</summary>
    public static IEnumerable<OshCase> Cases(int n)
    {
        foreach (var w in Roster(n))
        {
            yield return OshCase.Of(w.Worker.Id, w.Facts());
        }
    }

    /// <summary>All facts of this worker, as the facade takes them.</summary>
    public List<object> Facts()
    {
        var facts = new List<object>(16) { Worker };
        facts.AddRange(Exams);
        if (Assignment is not null)
        {
            facts.Add(Assignment);
        }

        facts.Add(Questionnaire);
        if (Maternal is not null)
        {
            facts.Add(Maternal);
            facts.AddRange(Exposures);
        }

        facts.Add(SharedCourse);
        facts.Add(Progress);
        facts.Add(Profile);
        facts.AddRange(Records);
        return facts;
    }

    /// <summary>
    /// The same answers by the plain calculators of the four families, called directly (the baseline): periodic and
    /// hiring exam, special exam, retention of each exam, NMQ grade and next improvement, maternal assessment, course
    /// status, retake and reset, general and in-service training due.
    /// </summary>
    /// <returns>The number of answers.</returns>
    public int Calculate(EvaluationDate asOf)
    {
        var n = 0;
        _ = HealthExamCalculator.NextPeriodicGeneralExam(Worker, Exams, asOf, HealthExamOptions.Default);
        n++;
        n += HealthExamCalculator.HireExamRequirement(Worker, Exams, null, asOf) is null ? 0 : 1;
        foreach (var exam in Exams)
        {
            _ = HealthExamCalculator.Retention(exam, asOf);
            n++;
        }

        if (Assignment is not null)
        {
            _ = HealthExamCalculator.NextSpecialExam(Worker, Assignment, Exams, asOf, HealthExamOptions.Default);
            n++;
        }

        var grade = NmqCalculator.Grade(Questionnaire, asOf);
        n += 1 + (NmqCalculator.NextImprovement(grade, null) is null ? 0 : 1);
        if (Maternal is not null)
        {
            n += MaternalRiskCalculator.Evaluate(Maternal, Exposures, asOf, MaternalOptions.Default) is null ? 0 : 1;
        }

        // One replay for the three course answers, as the rules share one (EDU-1, EDU-4, EDU-5).
        var replayed = ExamAttemptReplay.Replay(SharedCourse, Progress, asOf.Date);
        _ = CourseCalculator.Status(SharedCourse, Progress, replayed);
        _ = CourseCalculator.Retake(SharedCourse, Progress, replayed, asOf);
        n += 2 + (CourseCalculator.ResetRequired(SharedCourse, Progress, replayed) is null ? 0 : 1);
        _ = TrainingObligationCalculator.GeneralTraining(Profile, Records, asOf);
        _ = TrainingObligationCalculator.InService(Profile, Records, asOf);
        return n + 2;
    }

    /// <summary>Runs the calculators over a lazily generated roster of n workers.</summary>
    /// <returns>The number of answers.</returns>
    public static long CalculateAll(int n)
    {
        var asOf = new EvaluationDate(AsOf);
        long answers = 0;
        foreach (var w in Roster(n))
        {
            answers += w.Calculate(asOf);
        }

        return answers;
    }

    /// <summary>Runs the facade over a lazily generated roster of n workers and consumes the results as a stream.</summary>
    /// <returns>The number of conclusions.</returns>
    /// <exception cref="InvalidOperationException">A synthetic case failed: the roster is broken, not the measurement.</exception>
    public static long EvaluateAll(OshRuleSet rules, int n)
    {
        long conclusions = 0;
        foreach (var result in rules.EvaluateMany(AsOf, Cases(n)))
        {
            conclusions += result.IsValid
                ? result.Conclusions.Count
                : throw new InvalidOperationException($"Synthetic case {result.CaseId} failed: {result.Error!.Message}");
        }

        return conclusions;
    }
}
