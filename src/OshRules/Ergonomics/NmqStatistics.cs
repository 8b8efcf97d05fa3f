using System.Collections.Immutable;
using OshRules.Law;

namespace OshRules.Ergonomics;

/// <summary>
/// The organisation tables of NMQ-5 (肌肉骨骼疾病統計): 表 2 head-counts per grade and sub-reason, and 表 5 counts per
/// body region. Built from grades, so the facade's organisation reports can use engine or calculator output alike.
/// Stateless and thread-safe.
/// </summary>
public static class NmqStatistics
{
    /// <summary>表 2 (肌肉骨骼疾病統計表) from one grade per worker.</summary>
    /// <param name="grades">The grades, one per worker.</param>
    /// <param name="onBusinessTrip">Workers away on business and not surveyed (出差), 0–10,000,000.</param>
    /// <param name="counting">How workers with several 有危害 sub-reasons are counted; by default once, on the first.</param>
    /// <returns>The table.</returns>
    /// <exception cref="OshValidationException">Two grades for one worker, or a negative <paramref name="onBusinessTrip"/>.</exception>
    public static NmqTable2 Table2(IEnumerable<NmqGrade> grades, int onBusinessTrip = 0, NmqSubReasonCounting counting = NmqSubReasonCounting.PrimaryReason)
    {
        ArgumentNullException.ThrowIfNull(grades);
        Guard.InRange(onBusinessTrip, 0, ErgonomicsEstablishment.MaxWorkerCount, "onBusinessTrip", "NMQ-5");
        Guard.Defined(counting, "counting", "NMQ-5");
        int red = 0, dark = 0, light = 0, none = 0, reported = 0, resigned = 0, leave = 0, requests = 0;
        foreach (var g in Distinct(grades))
        {
            switch (g.Level)
            {
                case NmqGradeLevel.Red:
                    red++;
                    break;
                case NmqGradeLevel.DarkYellow:
                    dark++;
                    var f = g.Findings;
                    if (counting == NmqSubReasonCounting.EveryReason)
                    {
                        reported += Has(f, NmqFindings.ReportedSuspectedCase);
                        resigned += Has(f, NmqFindings.AbnormalResignation);
                        leave += Has(f, NmqFindings.FrequentSickLeaveOrAbsence);
                        requests += Has(f, NmqFindings.FrequentMedicalRequests);
                    }
                    else if (Has(f, NmqFindings.ReportedSuspectedCase) == 1)
                    {
                        reported++;
                    }
                    else if (Has(f, NmqFindings.AbnormalResignation) == 1)
                    {
                        resigned++;
                    }
                    else if (Has(f, NmqFindings.FrequentSickLeaveOrAbsence) == 1)
                    {
                        leave++;
                    }
                    else
                    {
                        requests++;
                    }

                    break;
                case NmqGradeLevel.LightYellow:
                    light++;
                    break;
                default:
                    none++;
                    break;
            }
        }

        return new NmqTable2
        {
            DiagnosedDisease = red,
            ReportedSuspectedCase = reported,
            AbnormalResignation = resigned,
            FrequentSickLeaveOrAbsence = leave,
            FrequentMedicalRequests = requests,
            HazardSubtotal = dark,
            QuestionnaireSuspected = light,
            NoHazard = none,
            OnBusinessTrip = onBusinessTrip,
            Counting = counting,
        };
    }

    /// <summary>表 5 (症狀調查): per region, the workers scoring 3 or more, from one grade per worker.</summary>
    /// <param name="grades">The grades, one per worker.</param>
    /// <returns>The table.</returns>
    /// <exception cref="OshValidationException">Two grades for one worker.</exception>
    public static NmqTable5 Table5(IEnumerable<NmqGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var counts = new int[BodyRegions.Count];
        var suspected = 0;
        foreach (var g in Distinct(grades))
        {
            if (g.RegionsAtRisk.IsEmpty)
            {
                continue;
            }

            suspected++;
            foreach (var r in g.RegionsAtRisk)
            {
                counts[(int)r]++;
            }
        }

        return new NmqTable5(ImmutableArray.Create(counts), suspected);
    }

    private static int Has(NmqFindings findings, NmqFindings flag) => (findings & flag) != 0 ? 1 : 0;

    private static IEnumerable<NmqGrade> Distinct(IEnumerable<NmqGrade> grades)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in grades)
        {
            ArgumentNullException.ThrowIfNull(g, nameof(grades));
            if (!seen.Add(g.SubjectId))
            {
                throw new OshValidationException("NmqGrade.SubjectId", "NMQ-5", "must be unique: one grade per worker");
            }

            yield return g;
        }
    }
}
