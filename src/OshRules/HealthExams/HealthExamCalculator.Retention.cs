using OshRules.Common;
using OshRules.Law;

namespace OshRules.HealthExams;

/// <summary>HC-8: retention of exam records (健康檢查紀錄保存).</summary>
public static partial class HealthExamCalculator
{
    /// <summary>
    /// HC-8: whether special exam records of a hazard are kept 30 years, §20 (應保存三十年之作業): ionizing radiation, dust,
    /// trichloroethylene and tetrachloroethylene, the six aromatic amines, beryllium, vinyl chloride, benzene, chromic
    /// acid, arsenic, nickel, 1,3-butadiene, formaldehyde, indium, asbestos and cadmium.
    /// </summary>
    /// <param name="hazard">The hazard.</param>
    /// <returns><see langword="true"/> for the 15 categories of §20.</returns>
    public static bool IsLongTermRetentionHazard(SpecialHazard hazard) =>
        hazard.Category is HazardCategory.IonizingRadiation or HazardCategory.Dust
        || hazard.Agent is HazardAgent.Trichloroethylene or HazardAgent.Tetrachloroethylene
            or HazardAgent.Benzidine or HazardAgent.FourAminobiphenyl or HazardAgent.FourNitrobiphenyl
            or HazardAgent.BetaNaphthylamine or HazardAgent.Dichlorobenzidine or HazardAgent.AlphaNaphthylamine
            or HazardAgent.Beryllium or HazardAgent.VinylChloride or HazardAgent.Benzene or HazardAgent.ChromicAcid
            or HazardAgent.Arsenic or HazardAgent.Nickel or HazardAgent.Butadiene or HazardAgent.Formaldehyde
            or HazardAgent.Indium or HazardAgent.Asbestos or HazardAgent.Cadmium;

    /// <summary>HC-8: the retention period of a record (保存年限): general 7 years (§19 ①), special 10 years (§19 ②), the §20 hazards 30 years.</summary>
    /// <param name="kind">The kind of exam.</param>
    /// <param name="hazard">For special exams, the hazard.</param>
    /// <param name="lawDate">The day whose text applies.</param>
    /// <returns>The period with its citation.</returns>
    public static ParameterValue<CalendarPeriod> RetentionPeriod(ExamKind kind, SpecialHazard? hazard, DateOnly lawDate)
    {
        if (Guard.Defined(kind, "ExamRecord.Kind", "HC-8").IsGeneral())
        {
            return HealthExamParameters.GeneralRecordRetention.At(lawDate);
        }

        var h = hazard ?? throw new OshValidationException("ExamRecord.Hazard", "HC-8", "a special exam must name its hazard");
        return IsLongTermRetentionHazard(h)
            ? HealthExamParameters.LongTermRecordRetention.At(lawDate)
            : HealthExamParameters.SpecialRecordRetention.At(lawDate);
    }

    /// <summary>HC-8: how long an exam record must be kept (紀錄保存期限).</summary>
    /// <param name="exam">The exam; not after the evaluation date.</param>
    /// <param name="asOf">The evaluation date; its text applies.</param>
    /// <returns>The period and the last day of retention, counted from the day after the exam (民法 §120 II, §121).</returns>
    public static ExamRecordRetention Retention(ExamRecord exam, EvaluationDate asOf)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(asOf);
        Guard.NotAfter(exam.Date, asOf.Date, "ExamRecord.Date", "the evaluation date", "HC-8");
        var period = RetentionPeriod(exam.Kind, exam.Hazard, asOf.Date);
        Citation[] basis = [period.Citation, CivilCodePeriods];
        return new ExamRecordRetention(
            exam.WorkerId, exam.Date, exam.Kind, exam.Hazard, period.Value, CivilCode.PeriodEndAfter(exam.Date, period.Value),
            HealthExamParameters.PendingFor(basis, asOf.Date), basis)
        {
            Source = exam,
            SourceId = exam.Id,
        };
    }
}
