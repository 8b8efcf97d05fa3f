using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Samples.Evaluation;

namespace OshRules.Samples.Report;

/// <summary>A maternal risk assessment, with its row: the period, the overall tier and each hazard's tier.</summary>
internal sealed record MaternalEntry(RowRef Row, ProtectionPhase Phase, RiskTier Tier, ImmutableArray<(HazardKind Kind, RiskTier Tier, bool Downgradable)> Findings, ManagementActions Actions);

/// <summary>
/// Maternal health protection (女性勞工母性健康保護): assessments by tier and period, the hazards found, and the
/// counts of the execution record 附表六 summed worker by worker from the library's own calculation.
/// </summary>
internal sealed class MaternalSection(DateOnly asOf, int listLength)
{
    public static readonly RiskTier[] Tiers = [RiskTier.Tier3, RiskTier.Tier2, RiskTier.Tier1];

    private static readonly IComparer<MaternalEntry> Severity = Comparer<MaternalEntry>.Create((a, b) =>
        a.Tier != b.Tier ? b.Tier.CompareTo(a.Tier) : a.Row.Line.CompareTo(b.Row.Line));

    private readonly List<MaternalRiskAssessment> rowAssessments = [];

    // A woman without an assessment counts in 附表六 by her age alone: her record is the library's, computed once per age.
    private readonly Dictionary<int, MaternalExecutionRecord> byAge = [];

    public Dictionary<RiskTier, int> ByTier { get; } = Tiers.ToDictionary(t => t, _ => 0);

    public Dictionary<ProtectionPhase, int> ByPhase { get; } = [];

    /// <summary>Every maternal status by its place in the protection period (MAT-1): the phase inside it, or why outside.</summary>
    public Dictionary<(ProtectionPhase Phase, OutsideProtectionReason? Outside), int> Periods { get; } = [];

    /// <summary>Hazards found, by kind and tier.</summary>
    public Dictionary<(HazardKind Kind, RiskTier Tier), int> Findings { get; } = [];

    public BoundedList<MaternalEntry> Assessments { get; } = new(listLength, Severity);

    /// <summary>附表六 summed over the workers.</summary>
    public ExecutionRecordSum Record { get; } = new();

    /// <summary>Why 附表六 could not be counted (the library refused the date), if so.</summary>
    public string? RecordUnavailable { get; private set; }

    public bool Claim(IOshConclusion conclusion, RowRef row)
    {
        switch (conclusion)
        {
            case MaternalRiskAssessment a:
                ByTier[a.OverallTier]++;
                ByPhase[a.Period.Phase] = ByPhase.GetValueOrDefault(a.Period.Phase) + 1;
                var findings = a.Findings.Where(f => f.Tier is not null).Select(f => (f.Kind, f.Tier!.Value, f.IsDowngradable)).ToImmutableArray();
                foreach (var (kind, tier, _) in findings)
                {
                    Findings[(kind, tier)] = Findings.GetValueOrDefault((kind, tier)) + 1;
                }

                Assessments.Add(new MaternalEntry(row, a.Period.Phase, a.OverallTier, findings, a.Actions));
                rowAssessments.Add(a);
                return true;
            case ProtectionPeriodStatus p:
                Periods[(p.Phase, p.OutsideReason)] = Periods.GetValueOrDefault((p.Phase, p.OutsideReason)) + 1;
                return true;
            case HazardFinding:
                // Each finding is also inside its assessment, where it is counted.
                return true;
            default:
                return false;
        }
    }

    public void EndRow(RowOutcome row)
    {
        if (row.Worker is { } worker && RecordUnavailable is null && (worker.Sex == Sex.Female || rowAssessments.Count > 0))
        {
            try
            {
                Record.Add(rowAssessments.Count == 0 && worker.BirthDate <= asOf
                    ? byAge.TryGetValue(worker.AgeOn(asOf), out var known) ? known : byAge[worker.AgeOn(asOf)] = MaternalRiskCalculator.ExecutionRecord(asOf, [worker], [])
                    : MaternalRiskCalculator.ExecutionRecord(asOf, [worker], rowAssessments));
            }
            catch (OshValidationException e)
            {
                RecordUnavailable = e.Message;
            }
        }

        rowAssessments.Clear();
    }

    /// <summary>附表六's counts added worker by worker (each worker's counts come from the library).</summary>
    internal sealed class ExecutionRecordSum
    {
        public int Women { get; private set; }

        public int WomenOfReproductiveAge { get; private set; }

        public int Pregnant { get; private set; }

        public int Breastfeeding { get; private set; }

        public int PhysicianInterviewsNeeded { get; private set; }

        public int FitnessAssessmentsNeeded { get; private set; }

        public IReadOnlyList<Citation> Basis { get; private set; } = [];

        public void Add(MaternalExecutionRecord r)
        {
            Women += r.Women;
            WomenOfReproductiveAge += r.WomenOfReproductiveAge;
            Pregnant += r.Pregnant;
            Breastfeeding += r.Breastfeeding;
            PhysicianInterviewsNeeded += r.PhysicianInterviewsNeeded;
            FitnessAssessmentsNeeded += r.FitnessAssessmentsNeeded;
            Basis = r.Basis;
        }
    }
}
