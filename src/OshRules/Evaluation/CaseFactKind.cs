using System.Collections.Frozen;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.MaternalProtection;
using OshRules.Training;

namespace OshRules.Evaluation;

/// <summary>What a fact says about the workers of its case.</summary>
internal enum CaseFactRole
{
    /// <summary>Names no worker (a course, an establishment).</summary>
    None,

    /// <summary>A <see cref="Worker"/>: when a case holds any, they are the case's workers.</summary>
    Worker,

    /// <summary>A fact a family's rules start from on its own; in a case without a <see cref="Worker"/>, these name the workers.</summary>
    Subject,

    /// <summary>A fact about a worker that must be named by a worker or subject fact of the same case.</summary>
    Dependent,
}

/// <summary>
/// How the facade checks one fact type in a case (<see cref="CaseFactGuard"/>): the worker it names, and whether it must be
/// unique (per worker, or per worker and a second key).
/// </summary>
/// <remarks>
/// The unique kinds are read off the rules: a fact a rule matches one at a time per worker, so two of them would give two
/// answers to one question (two due dates, two tiers, two statuses), or a form the calculators take one of (the first
/// would silently win). Facts that are histories or measurements (exam records, hazard assignments, measurements,
/// exposures, training records without a record key) may repeat.
/// </remarks>
internal sealed class CaseFactKind
{
    private CaseFactKind(string type, CaseFactRole role, Func<object, string> key, string keyField)
    {
        Type = type;
        Role = role;
        Key = key;
        KeyField = keyField;
    }

    /// <summary>The type's name, as in field names.</summary>
    public string Type { get; }

    public CaseFactRole Role { get; }

    /// <summary>The worker the fact names, or for <see cref="CaseFactRole.None"/> its own key.</summary>
    public Func<object, string> Key { get; }

    /// <summary>The field that holds <see cref="Key"/>, e.g. <c>ExamRecord.WorkerId</c>.</summary>
    public string KeyField { get; private init; }

    /// <summary>For a unique kind, a second key within the worker (or "" for one per worker); null when facts may repeat.</summary>
    public Func<object, string?>? UniqueWithin { get; private init; }

    public string UniqueField { get; private init; } = string.Empty;

    public string UniqueRule { get; private init; } = string.Empty;

    public string UniqueProblem { get; private init; } = string.Empty;

    /// <summary>The kinds by fact type; a type not listed (a conclusion passed as input, a caller's own fact) is not checked.</summary>
    public static FrozenDictionary<Type, CaseFactKind> ByType { get; } = Build();

    private static FrozenDictionary<Type, CaseFactKind> Build()
    {
        var kinds = new Dictionary<Type, CaseFactKind>
        {
            [typeof(Worker)] = Of<Worker>(CaseFactRole.Worker, w => w.Id, "Id").OnePer("Id", "worker identity", "one Worker per worker key"),

            // Health examinations: a claim of exemption is one per worker; exams, assignments and measurements are histories.
            [typeof(HiringExemption)] = Of<HiringExemption>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "HC-1", "one hiring exemption claim per worker"),
            [typeof(ExamRecord)] = Of<ExamRecord>(CaseFactRole.Dependent, f => f.WorkerId),
            [typeof(SpecialHazardAssignment)] = Of<SpecialHazardAssignment>(CaseFactRole.Dependent, f => f.WorkerId),
            [typeof(NoiseMeasurement)] = Of<NoiseMeasurement>(CaseFactRole.Dependent, f => f.WorkerId),
            [typeof(MixtureMeasurement)] = Of<MixtureMeasurement>(CaseFactRole.Dependent, f => f.WorkerId),

            // Ergonomics: the grade rests on one questionnaire and one signal record; the improvement path on one outcome.
            [typeof(NmqQuestionnaire)] = Of<NmqQuestionnaire>(CaseFactRole.Subject, f => f.WorkerId).OnePer("WorkerId", "NMQ-1", "one questionnaire per worker"),
            [typeof(HealthRoomSignals)] = Of<HealthRoomSignals>(CaseFactRole.Subject, f => f.WorkerId).OnePer("WorkerId", "NMQ-3", "one signal record per worker"),
            [typeof(SimpleImprovementOutcome)] = Of<SimpleImprovementOutcome>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "NMQ-4", "one simple-improvement outcome per worker"),
            [typeof(ErgonomicsEstablishment)] = Of<ErgonomicsEstablishment>(CaseFactRole.None, f => f.Id, "Id").OnePer("Id", "NMQ-7", "one record per establishment"),

            // Maternal protection: one status and one of each form per worker; exposures may repeat (several agents).
            [typeof(MaternalStatus)] = Of<MaternalStatus>(CaseFactRole.Subject, f => f.WorkerId).OnePer("WorkerId", "MAT-1", "one maternal status per worker"),
            [typeof(ContinuationRequest)] = Of<ContinuationRequest>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "MAT-12", "one continuation request per worker"),
            [typeof(PhysicianFindings)] = Of<PhysicianFindings>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "MAT-15", "one physician's findings form per worker"),
            [typeof(SelfAssessment)] = Of<SelfAssessment>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "MAT-14", "one self-assessment form per worker"),
            [typeof(ChecklistResponse)] = Of<ChecklistResponse>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "MAT-13", "one workplace checklist per worker"),
            [typeof(MaternalFollowUp)] = Of<MaternalFollowUp>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("WorkerId", "MAT-17", "one follow-up record per worker"),
            [typeof(MaternalEstablishment)] = Of<MaternalEstablishment>(CaseFactRole.None, f => f.Id, "Id").OnePer("Id", "MAT-18", "one record per establishment"),

            // Training: one course per key, one progress per worker and course, one profile per worker and item, one card
            // status per worker, one record per record key.
            [typeof(Course)] = Of<Course>(CaseFactRole.None, f => f.Id, "Id").OnePer("Id", "EDU-1", "one course per course key"),
            [typeof(CourseProgress)] = Of<CourseProgress>(CaseFactRole.Subject, f => f.WorkerId).OnePer("CourseId", "EDU-1", "one progress record per worker and course", f => ((CourseProgress)f).CourseId),
            [typeof(TrainingProfile)] = Of<TrainingProfile>(CaseFactRole.Subject, f => f.WorkerId).OnePer("Item", "EDU-9", "one profile per worker and in-service item", f => ItemKey(((TrainingProfile)f).Item)),
            [typeof(OshCardStatus)] = Of<OshCardStatus>(CaseFactRole.Subject, f => f.WorkerId).OnePer("WorkerId", "EDU-8", "one OSH card status per worker"),
            [typeof(TrainingRecord)] = Of<TrainingRecord>(CaseFactRole.Dependent, f => f.WorkerId).OnePer("RecordId", "EDU-9", "one training record per worker and record key", f => ((TrainingRecord)f).RecordId),
        };

        // Every exposure of the maternal family is a dependent fact that may repeat (several chemicals, several agents).
        foreach (var type in typeof(MaternalHazardExposure).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(MaternalHazardExposure))))
        {
            kinds[type] = new CaseFactKind(type.Name, CaseFactRole.Dependent, f => ((MaternalHazardExposure)f).WorkerId, type.Name + ".WorkerId");
        }

        return kinds.ToFrozenDictionary();
    }

    private static CaseFactKind Of<T>(CaseFactRole role, Func<T, string> key, string keyProperty = "WorkerId") =>
        new(typeof(T).Name, role, f => key((T)f), $"{typeof(T).Name}.{keyProperty}");

    // A within-worker key of null (a training record without a record key) makes the fact free to repeat.
    private CaseFactKind OnePer(string property, string rule, string what, Func<object, string?>? within = null) =>
        new(Type, Role, Key, KeyField)
        {
            UniqueWithin = within ?? (_ => string.Empty),
            UniqueField = $"{Type}.{property}",
            UniqueRule = rule,
            UniqueProblem = $"must be unique: {what}",
        };

    private static readonly string[] ItemKeys = [.. Enumerable.Range(0, 32).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string ItemKey(InServiceItem item) => ItemKeys[(int)item];
}
