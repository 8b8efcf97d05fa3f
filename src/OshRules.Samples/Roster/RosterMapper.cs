using System.Globalization;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;
using C = OshRules.Samples.Roster.RosterColumns;

namespace OshRules.Samples.Roster;

/// <summary>Turns one roster row into the facts of one worker. A bad cell throws <see cref="RosterFieldException"/>.</summary>
internal static partial class RosterMapper
{
    // Which column a fact field comes from, so a validation error inside a fact names the roster column.
    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["Worker.Id"] = C.WorkerId,
        ["Worker.BirthDate"] = C.BirthDate,
        ["Worker.HireDate"] = C.HireDate,
        ["Worker.Sex"] = C.Sex,
        ["NmqQuestionnaire.HasDiscomfort"] = C.NmqQ1,
        ["NmqQuestionnaire.IsWorkRelated"] = C.NmqQ2,
        ["NmqQuestionnaire.Duration"] = C.NmqDuration,
        ["NmqQuestionnaire.Regions"] = C.NmqScores,
        ["NmqQuestionnaire.FilledOn"] = C.NmqFilledOn,
        ["ExamRecord.Date"] = C.LastGeneralExam,
        ["ExamAttempt"] = C.Attempts,
        ["ExamAttempt.Score"] = C.Attempts,
        ["ReadingSession.Hours"] = C.ReadHours,
        ["ReadingSession.NodesViewed"] = C.NodesViewed,
    };

    private static readonly string[] CourseColumns =
        [C.CourseLanguage, C.CourseRequiredHours, C.CourseNodes, C.CourseHours, C.CourseConstruction, C.ReadOn, C.ReadHours, C.NodesViewed, C.Questionnaire, C.Attempts];

    public static string ColumnOf(string? field) =>
        field is null ? "(row)" : ColumnOfField.TryGetValue(field, out var c) ? c : field;

    public static (Worker Worker, List<object> Facts) Map(RosterRow row, DateOnly asOf)
    {
        var id = Required(row, C.WorkerId);
        var worker = Build(C.WorkerId, () => new Worker(id, Date(row, C.BirthDate) ?? throw Missing(C.BirthDate), SexOf(row), Date(row, C.HireDate))
        {
            Unit = row[C.Unit],
            JobTitle = row[C.JobTitle],
        });
        var facts = new List<object> { worker };
        AddHealthExams(row, id, asOf, facts);
        AddNmq(row, id, facts);
        AddMaternal(row, id, facts);
        AddTraining(row, id, worker, facts);
        return (worker, facts);
    }

    private static void AddHealthExams(RosterRow row, string id, DateOnly asOf, List<object> facts)
    {
        if (Date(row, C.LastGeneralExam) is { } general)
        {
            facts.Add(Build(C.LastGeneralExam, () => new ExamRecord(id, ExamKind.PeriodicGeneral, general)));
        }

        var hazards = List(row, C.SpecialWork).Select(code => Build(C.SpecialWork, () => HazardOf(code))).ToArray();
        if (hazards.Length > 0)
        {
            var since = Date(row, C.SpecialWorkSince) ?? throw Missing(C.SpecialWorkSince);
            var lastSpecial = Date(row, C.LastSpecialExam);
            var level = Int(row, C.SpecialExamLevel);
            foreach (var hazard in hazards)
            {
                facts.Add(Build(C.SpecialWorkSince, () => new SpecialHazardAssignment(id, hazard, since)));
                if (lastSpecial is { } d)
                {
                    facts.Add(Build(C.LastSpecialExam, () => new ExamRecord(id, ExamKind.SpecialPeriodic, d, hazard, level is { } l ? (ManagementLevel)l : null)));
                }
            }
        }

        if (Double(row, C.NoiseDba) is { } dba)
        {
            // The roster holds the latest 8-hour TWA; it is taken as measured on the evaluation date.
            facts.Add(Build(C.NoiseDba, () => new NoiseMeasurement(id, asOf, dba)));
        }
    }

    private static void AddNmq(RosterRow row, string id, List<object> facts)
    {
        if (Bool(row, C.NmqQ1) is { } q1)
        {
            var filledOn = Date(row, C.NmqFilledOn) ?? throw Missing(C.NmqFilledOn);
            var q2 = Bool(row, C.NmqQ2);
            var duration = row[C.NmqDuration] is { } dur ? DurationOf(dur) : (SymptomDuration?)null;
            var regions = row[C.NmqScores] is { } scores ? Build(C.NmqScores, () => ScoresOf(scores)) : null;
            facts.Add(Build(C.NmqScores, () => new NmqQuestionnaire(id, filledOn, q1, q2, duration, regions)));
        }

        var signals = List(row, C.NmqSignals);
        if (signals.Length > 0)
        {
            var s = new HealthRoomSignals(id);
            foreach (var signal in signals)
            {
                s = signal.ToUpperInvariant() switch
                {
                    "DIAGNOSED" => s with { DiagnosedDisease = true },
                    "REPORTEDSUSPECTED" => s with { ReportedSuspectedCase = true },
                    "FREQUENTMEDICALUSE" => s with { FrequentMedicalRequests = true },
                    "ABNORMALRESIGNATION" => s with { AbnormalResignation = true },
                    "FREQUENTSICKLEAVE" => s with { FrequentSickLeaveOrAbsence = true },
                    _ => throw new RosterFieldException(C.NmqSignals, RosterReasons.Signal),
                };
            }

            facts.Add(s);
        }
    }

    private static void AddMaternal(RosterRow row, string id, List<object> facts)
    {
        var notified = Date(row, C.PregnancyNotified);
        var since = Date(row, C.PregnantSince);
        var expected = Date(row, C.ExpectedDelivery);
        var delivered = Date(row, C.DeliveredOn);
        var breastfeeding = Bool(row, C.Breastfeeding) ?? false;
        if (notified is null && since is null && expected is null && delivered is null)
        {
            return;
        }

        facts.Add(Build(C.PregnantSince, () => new MaternalStatus(id, notified, since, expected, delivered, DeliveryOutcome.LiveBirth, breastfeeding)));
        var measures = Bool(row, C.MaternalMeasuresTaken) == true ? ProtectionMeasures.Taken : ProtectionMeasures.NotTaken;
        if (Double(row, C.NoiseDba) is { } dba)
        {
            facts.Add(Build(C.NoiseDba, () => new NoiseExposure(id, dba) { Measures = measures }));
        }

        if (Double(row, C.BloodLead) is { } blood)
        {
            facts.Add(Build(C.BloodLead, () => new BloodLeadLevel(id, blood) { Measures = measures }));
        }

        if (Double(row, C.AirLead) is { } air)
        {
            facts.Add(Build(C.AirLead, () => new AirLeadConcentration(id, air) { Measures = measures }));
        }

        if (Double(row, C.HandlingKg) is { } kg)
        {
            HandlingMode? mode = row[C.HandlingMode]?.ToUpperInvariant() switch
            {
                null => null,
                "INTERMITTENT" => HandlingMode.Intermittent,
                "CONTINUOUS" => HandlingMode.Continuous,
                _ => throw new RosterFieldException(C.HandlingMode, RosterReasons.HandlingMode),
            };
            facts.Add(Build(C.HandlingMode, () => new ManualHandling(id, kg, mode) { Measures = measures }));
        }
    }

    private static void AddTraining(RosterRow row, string id, Worker worker, List<object> facts)
    {
        if (Int(row, C.TrainingItem) is { } item)
        {
            var assigned = worker.HireDate ?? throw Missing(C.HireDate);
            facts.Add(Build(C.TrainingItem, () => new TrainingProfile(id, (InServiceItem)item, assigned)));
            if (Decimal(row, C.GeneralTrainingHours) is { } general)
            {
                facts.Add(Build(C.GeneralTrainingHours, () => new TrainingRecord(id, assigned, general, TrainingPurpose.GeneralOnHireOrChange, TrainingDelivery.InPerson)));
            }

            if (Date(row, C.LastTraining) is { } last)
            {
                var hours = Decimal(row, C.TrainingHours) ?? throw Missing(C.TrainingHours);
                facts.Add(Build(C.LastTraining, () => new TrainingRecord(id, last, hours, TrainingPurpose.InService, TrainingDelivery.InPerson)));
            }
        }

        if (row[C.CourseId] is not { } courseId)
        {
            // Course cells without a course would be silently ignored: reject the row instead.
            foreach (var column in CourseColumns)
            {
                if (row[column] is not null)
                {
                    throw new RosterFieldException(C.CourseId, RosterReasons.CourseCellWithoutCourse(column));
                }
            }

            return;
        }

        var language = LanguageOf(row[C.CourseLanguage] ?? throw Missing(C.CourseLanguage));
        var course = Build(C.CourseId, () => new Course(
            courseId,
            language,
            Decimal(row, C.CourseRequiredHours) ?? throw Missing(C.CourseRequiredHours),
            Int(row, C.CourseNodes) ?? throw Missing(C.CourseNodes),
            Decimal(row, C.CourseHours) ?? throw Missing(C.CourseHours))
        {
            IsConstructionCourse = Bool(row, C.CourseConstruction) ?? false,
        });
        facts.Add(course);

        var events = new List<LearningEvent>();
        if (Date(row, C.ReadOn) is { } readOn)
        {
            var viewed = Int(row, C.NodesViewed) ?? 0;
            if (viewed < 0 || viewed > course.NodeCount)
            {
                // Checked before the nodes are listed: a count from the file must never size a list unchecked.
                throw new RosterFieldException(C.NodesViewed, RosterReasons.NodesViewed);
            }

            events.Add(Build(C.ReadHours, () => new ReadingSession(readOn, Decimal(row, C.ReadHours) ?? 0m, Enumerable.Range(1, viewed))));
        }

        DateOnly? lastAttempt = null;
        foreach (var attempt in List(row, C.Attempts))
        {
            var parts = attempt.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var score))
            {
                throw new RosterFieldException(C.Attempts, RosterReasons.Attempt);
            }

            var date = ParseDate(C.Attempts, parts[0]);
            events.Add(Build(C.Attempts, () => new ExamAttempt(date, score)));
            lastAttempt = date;
        }

        if (Bool(row, C.Questionnaire) == true)
        {
            var on = lastAttempt ?? Date(row, C.ReadOn) ?? throw Missing(C.ReadOn);
            events.Add(new QuestionnaireSubmitted(on));
        }

        facts.Add(Build(C.Attempts, () => new CourseProgress(id, courseId, events)));
    }

    private static SpecialHazard HazardOf(string code) =>
        Enum.TryParse<HazardCategory>(code, ignoreCase: true, out var category) && !char.IsDigit(code[0])
            ? new SpecialHazard(category)
            : SpecialHazard.Parse(code);

    private static IReadOnlyDictionary<BodyRegion, RegionScore> ScoresOf(string text)
    {
        var cells = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var regions = BodyRegions.All;
        if (cells.Length != regions.Length)
        {
            throw new RosterFieldException(C.NmqScores, RosterReasons.ScoresCount(regions.Length, cells.Length));
        }

        var result = new Dictionary<BodyRegion, RegionScore>(regions.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            var pr = cells[i].Split('/');
            if (pr.Length != 2 || !int.TryParse(pr[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pain)
                || !int.TryParse(pr[1], NumberStyles.None, CultureInfo.InvariantCulture, out var range))
            {
                throw new RosterFieldException(C.NmqScores, RosterReasons.ScoresPair(i + 1));
            }

            result[regions[i]] = new RegionScore(pain, range);
        }

        return result;
    }

    private static SymptomDuration DurationOf(string text) => text.ToUpperInvariant() switch
    {
        "1M" => SymptomDuration.OneMonth,
        "3M" => SymptomDuration.ThreeMonths,
        "6M" => SymptomDuration.SixMonths,
        "1Y" => SymptomDuration.OneYear,
        "3Y" => SymptomDuration.ThreeYears,
        "OVER3Y" => SymptomDuration.OverThreeYears,
        _ => throw new RosterFieldException(C.NmqDuration, RosterReasons.Duration),
    };

    private static CourseLanguage LanguageOf(string text) => text.ToUpperInvariant() switch
    {
        "ZH" or "ZH-TW" => CourseLanguage.Chinese,
        "EN" => CourseLanguage.English,
        "VI" => CourseLanguage.Vietnamese,
        "ID" => CourseLanguage.Indonesian,
        "TH" => CourseLanguage.Thai,
        _ => CourseLanguage.OtherForeign,
    };

    private static Sex SexOf(RosterRow row) => Required(row, C.Sex).ToUpperInvariant() switch
    {
        "F" or "女" => Sex.Female,
        "M" or "男" => Sex.Male,
        _ => throw new RosterFieldException(C.Sex, RosterReasons.Sex),
    };

    private static T Build<T>(string column, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (OshValidationException e)
        {
            throw new RosterFieldException(ColumnOfField.TryGetValue(e.Field, out var c) ? c : column, RosterReasons.Library($"{e.Field}: {e.Problem}", e.Rule), e.Rule);
        }
    }

    private static string Required(RosterRow row, string column) => row[column] ?? throw Missing(column);

    private static RosterFieldException Missing(string column) => new(column, RosterReasons.Required);

    private static string[] List(RosterRow row, string column) =>
        row[column]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static DateOnly? Date(RosterRow row, string column) => row[column] is { } s ? ParseDate(column, s) : null;

    private static DateOnly ParseDate(string column, string text)
    {
        try
        {
            return DateText.Parse(text, column);
        }
        catch (OshValidationException)
        {
            throw new RosterFieldException(column, DateShape().IsMatch(text) ? RosterReasons.NoSuchDay : RosterReasons.NotADate);
        }
    }

    /// <summary>The shape of the date forms DateText reads; a text of this shape that DateText refuses names a day that does not exist.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{4}([-/.])\d{1,2}\1\d{1,2}|(?:民國\s*)?\d{1,3}([/.])\d{1,2}\2\d{1,2}|(?:\d{4}|(?:民國\s*)?\d{1,3})年\d{1,2}月\d{1,2}日)\s*$")]
    private static partial System.Text.RegularExpressions.Regex DateShape();

    private static bool? Bool(RosterRow row, string column) => row[column]?.ToUpperInvariant() switch
    {
        null => null,
        "Y" or "YES" or "是" or "TRUE" or "1" => true,
        "N" or "NO" or "否" or "FALSE" or "0" => false,
        _ => throw new RosterFieldException(column, RosterReasons.YesNo),
    };

    private static int? Int(RosterRow row, string column) =>
        row[column] is not { } s ? null
        : int.TryParse(NumberText(column, s), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v
        : throw new RosterFieldException(column, RosterReasons.WholeNumber);

    private static double? Double(RosterRow row, string column) =>
        row[column] is not { } s ? null
        : double.TryParse(NumberText(column, s), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
        : throw new RosterFieldException(column, RosterReasons.Number);

    private static decimal? Decimal(RosterRow row, string column) =>
        row[column] is not { } s ? null
        : decimal.TryParse(NumberText(column, s), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v
        : throw new RosterFieldException(column, RosterReasons.Number);

    /// <summary>
    /// A number's text, refused when it holds a comma: <c>0,5</c> is a decimal comma in much of Europe and <c>1,000</c> a
    /// thousands separator here, so neither is guessed.
    /// </summary>
    private static string NumberText(string column, string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal)
            ? throw new RosterFieldException(column, RosterReasons.DecimalComma)
            : text;

}
