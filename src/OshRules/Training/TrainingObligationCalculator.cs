using OshRules.Common;
using OshRules.Law;

namespace OshRules.Training;

/// <summary>
/// Training obligations and hours credit (教育訓練義務與時數採認), EDU-7 and EDU-9. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>職業安全衛生教育訓練規則 (110.07.07 text) §17 I–III: a new hire, or a worker before a change of work, receives
/// general training of at least 3 hours (附表十四). §17 IV: designated online courses may be accepted as general training;
/// merely recognised ones for at most 2 hours. §18 I lists 13 kinds of work; §19 I sets their in-service hours:
/// ① 6 h every 2 years; ② 12 h / 2 y; ③ 12 h / 3 y; ④–⑥ 6 h / 3 y; ⑦–⑬ 3 h / 3 y (每…年至少…小時: hours ≥).
/// §19 III: designated in-service e-learning may (得) be accepted. The platform accepts its hours for items 10–13 only
/// (manual, 平台Q&amp;A), which stays within that discretion.</para>
/// <para>In-service period, a rolling period: the first runs from the day the worker began the work; each later one
/// from the day the hours of the previous one were completed (the last training date). Its last day is
/// <see cref="CivilCode.PeriodEndAfter"/> of that day: training on the due date still counts. Hours completed beyond a
/// period's requirement are not carried over; records on the completing day all belong to the completed period.</para>
/// <para>Which hours count: in person, always; designated e-learning, for general training and for in-service items
/// 10–13; recognised e-learning, for general training only, at most 2 hours in all.</para>
/// </remarks>
public static class TrainingObligationCalculator
{
    /// <summary>The §18 I item numbered <paramref name="number"/>.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The item.</returns>
    /// <exception cref="OshValidationException">The number is not 1–13.</exception>
    public static InServiceItem ParseItem(int number) => CheckItem((InServiceItem)number, "InServiceItem");

    /// <summary>Whether platform hours may offset the in-service training of <paramref name="item"/> (EDU-7): items 10–13.</summary>
    /// <param name="item">The §18 I item.</param>
    /// <returns><see langword="true"/> for items 10–13.</returns>
    public static bool PlatformHoursOffsetInService(InServiceItem item) => CheckItem(item, "InServiceItem") >= InServiceItem.LineSupervisor;

    /// <summary>How the hours of a passed course count for the learner (EDU-7).</summary>
    /// <param name="status">The learner's passed course.</param>
    /// <param name="profile">The learner's training profile.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="OshValidationException">The course is not passed or the profile is of another learner.</exception>
    public static HoursCredit Credit(CourseStatus status, TrainingProfile profile, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(asOf);
        if (!status.IsPassed)
        {
            throw new OshValidationException("CourseStatus", "EDU-7", "hours are credited only for a passed course");
        }

        if (!string.Equals(status.WorkerId, profile.WorkerId, StringComparison.Ordinal))
        {
            throw new OshValidationException("TrainingProfile.WorkerId", "EDU-7", "does not match the learner of the course");
        }

        var cap = TrainingParameters.RecognisedElearningGeneralCapHours.At(asOf.Date);
        var designated = status.Designation == CourseDesignation.Designated;
        var offsets = designated && PlatformHoursOffsetInService(profile.Item);
        return new HoursCredit
        {
            WorkerId = status.WorkerId,
            CourseId = status.CourseId,
            Item = profile.Item,
            HoursEarned = status.HoursEarned,
            InService = offsets ? InServiceCredit.Offsets : InServiceCredit.NotCreditable,
            InServiceHours = offsets ? status.HoursEarned : 0m,
            GeneralTrainingHours = designated ? status.HoursEarned : Math.Min(status.HoursEarned, cap.Value),
            PendingAmendment = cap.PendingAmendment,
            Basis =
            [
                TrainingParameters.HoursOffset,
                TrainingParameters.Rules(18, 1, (int)profile.Item),
                TrainingParameters.Rules(19, 3),
                cap.Citation,
            ],
        };
    }

    /// <summary>General training on hiring or change of work (EDU-9, §17): hours required and done, due before the work begins.</summary>
    /// <param name="profile">The worker's profile.</param>
    /// <param name="records">The worker's training records (others' are ignored).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The obligation; its due date is the assignment day (inclusive).</returns>
    /// <exception cref="OshValidationException">The profile asks fewer hours than the legal minimum.</exception>
    public static TrainingDue GeneralTraining(TrainingProfile profile, IEnumerable<TrainingRecord> records, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(asOf);
        var minimum = TrainingParameters.GeneralTrainingMinimumHours.At(asOf.Date);
        var cap = TrainingParameters.RecognisedElearningGeneralCapHours.At(asOf.Date);
        var required = profile.GeneralTrainingHours ?? minimum.Value;
        if (required < minimum.Value)
        {
            throw new OshValidationException("TrainingProfile.GeneralTrainingHours", "EDU-9", "must be at least the legal minimum of 3 hours");
        }

        decimal full = 0m, recognised = 0m;
        foreach (var r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
            if (r.Purpose != TrainingPurpose.GeneralOnHireOrChange || !IsOf(r, profile)
                || r.Date < profile.GeneralTrainingCountsFrom || r.Date > asOf.Date)
            {
                continue;
            }

            if (r.Delivery == TrainingDelivery.RecognisedElearning)
            {
                recognised += r.Hours;
            }
            else
            {
                full += r.Hours;
            }
        }

        var done = full + Math.Min(recognised, cap.Value);
        var due = profile.AssignedOn;
        return new TrainingDue
        {
            WorkerId = profile.WorkerId,
            Kind = TrainingDueKind.GeneralOnHireOrChange,
            Item = profile.Item,
            RequiredHours = required,
            Period = null,
            PeriodStart = profile.GeneralTrainingCountsFrom,
            DueDate = due,
            HoursCompleted = done,
            Status = done >= required ? TrainingDueStatus.Current : StatusByDate(due, asOf),
            PendingAmendment = minimum.PendingAmendment ?? TrainingParameters.PendingOn(due),
            Basis = [minimum.Citation, TrainingParameters.Rules(17, 1), cap.Citation],
        };
    }

    /// <summary>In-service training (EDU-9, §18–19): the current period, hours done and missing, and the next due date.</summary>
    /// <param name="profile">The worker's profile.</param>
    /// <param name="records">The worker's training records (others' are ignored).</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The obligation.</returns>
    public static TrainingDue InService(TrainingProfile profile, IEnumerable<TrainingRecord> records, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(asOf);
        var requirement = TrainingParameters.InServiceFor(profile.Item).At(asOf.Date);
        var (hours, period) = requirement.Value;
        var counted = new SortedDictionary<DateOnly, decimal>();
        var anyElearning = false;
        foreach (var r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
            if (r.Purpose != TrainingPurpose.InService || !IsOf(r, profile) || r.Date < profile.AssignedOn || r.Date > asOf.Date)
            {
                continue;
            }

            anyElearning |= r.Delivery != TrainingDelivery.InPerson;
            var credit = InServiceHours(r, profile.Item);
            counted[r.Date] = counted.TryGetValue(r.Date, out var sum) ? sum + credit : credit;
        }

        var start = profile.AssignedOn;
        var anchor = profile.AssignedOn;
        var done = 0m;
        foreach (var (date, credit) in counted)
        {
            done += credit;
            if (done >= hours)
            {
                anchor = date;
                start = date.AddDays(1);
                done = 0m;
            }
        }

        var due = CivilCode.PeriodEndAfter(anchor, period);
        var basis = new List<Citation> { TrainingParameters.Rules(18, 1, (int)profile.Item), requirement.Citation };
        if (anyElearning)
        {
            basis.Add(TrainingParameters.Rules(19, 3));
            basis.Add(TrainingParameters.HoursOffset);
        }

        return new TrainingDue
        {
            WorkerId = profile.WorkerId,
            Kind = TrainingDueKind.InService,
            Item = profile.Item,
            RequiredHours = hours,
            Period = period,
            PeriodStart = start,
            DueDate = due,
            HoursCompleted = done,
            Status = StatusByDate(due, asOf),
            PendingAmendment = requirement.PendingAmendment ?? TrainingParameters.PendingOn(due),
            Basis = basis,
        };
    }

    /// <summary>The last day training records made on <paramref name="trainingDay"/> must be kept (保存三年).</summary>
    /// <param name="trainingDay">The day of the training.</param>
    /// <returns>The last day of the retention period.</returns>
    public static DateOnly RecordsKeptUntil(DateOnly trainingDay) =>
        CivilCode.PeriodEndAfter(trainingDay, TrainingParameters.RecordRetention.ValueAt(trainingDay));

    internal static InServiceItem CheckItem(InServiceItem item, string field) =>
        Enum.IsDefined(item) ? item : throw new OshValidationException(field, "EDU-9", "is not an item of §18 I (1–13)");

    private static decimal InServiceHours(TrainingRecord record, InServiceItem item) => record.Delivery switch
    {
        TrainingDelivery.InPerson => record.Hours,
        TrainingDelivery.DesignatedElearning when PlatformHoursOffsetInService(item) => record.Hours,
        _ => 0m,
    };

    private static bool IsOf(TrainingRecord record, TrainingProfile profile) =>
        string.Equals(record.WorkerId, profile.WorkerId, StringComparison.Ordinal);

    private static TrainingDueStatus StatusByDate(DateOnly due, EvaluationDate asOf) =>
        asOf.Date > due ? TrainingDueStatus.Overdue
        : due.DayNumber - asOf.Date.DayNumber <= asOf.DueSoonDays ? TrainingDueStatus.DueSoon
        : TrainingDueStatus.Current;
}
