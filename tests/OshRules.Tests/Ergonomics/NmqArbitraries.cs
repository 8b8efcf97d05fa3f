using FsCheck;
using FsCheck.Fluent;
using OshRules.Ergonomics;

namespace OshRules.Tests.Ergonomics;

/// <summary>One worker's random survey: Q1, Q2, the 15 pain and joint-range scores, and health-room signal bits.</summary>
public sealed record SurveyCase(bool Q1, bool Q2, int[] Pains, int[] Joints, NmqFindings Signals, bool HasSignalRecord)
{
    internal const NmqFindings SignalMask =
        NmqFindings.DiagnosedDisease | NmqFindings.ReportedSuspectedCase | NmqFindings.AbnormalResignation
        | NmqFindings.FrequentSickLeaveOrAbsence | NmqFindings.FrequentMedicalRequests;

    public bool Continues => Q1 && Q2;

    public NmqQuestionnaire Questionnaire(string workerId) => new(
        workerId,
        NmqSurveys.SurveyDay,
        Q1,
        Q1 ? Q2 : null,
        Continues ? SymptomDuration.SixMonths : null,
        Continues ? BodyRegions.All.ToDictionary(r => r, r => new RegionScore(Pains[(int)r], Joints[(int)r])) : null);

    public HealthRoomSignals? SignalRecord(string workerId) => HasSignalRecord
        ? new HealthRoomSignals(workerId)
        {
            DiagnosedDisease = Signals.HasFlag(NmqFindings.DiagnosedDisease),
            ReportedSuspectedCase = Signals.HasFlag(NmqFindings.ReportedSuspectedCase),
            AbnormalResignation = Signals.HasFlag(NmqFindings.AbnormalResignation),
            FrequentSickLeaveOrAbsence = Signals.HasFlag(NmqFindings.FrequentSickLeaveOrAbsence),
            FrequentMedicalRequests = Signals.HasFlag(NmqFindings.FrequentMedicalRequests),
        }
        : null;

    /// <summary>The same survey with left and right swapped.</summary>
    public SurveyCase Mirrored() => this with
    {
        Pains = [.. BodyRegions.All.Select(r => Pains[(int)BodyRegions.Mirror(r)])],
        Joints = [.. BodyRegions.All.Select(r => Joints[(int)BodyRegions.Mirror(r)])],
    };

    public override string ToString() =>
        $"Q1={Q1} Q2={Q2} pains=[{string.Join(",", Pains)}] joints=[{string.Join(",", Joints)}] signals={(HasSignalRecord ? Signals.ToString() : "none")}";
}

/// <summary>A survey and the same survey with one score raised.</summary>
public sealed record RaisedSurvey(SurveyCase Before, SurveyCase After);

/// <summary>A roster of random surveys with a workforce away on business.</summary>
public sealed record SurveyRoster(SurveyCase[] Cases, int OnBusinessTrip);

public static class NmqArbitraries
{
    private static readonly Gen<int[]> Scores = Gen.ArrayOf(
        Gen.Frequency((6, Gen.Choose(0, 2)), (4, Gen.Choose(3, 5))), BodyRegions.Count);

    private static readonly Gen<NmqFindings> SignalBits =
        Gen.Frequency((3, Gen.Constant(NmqFindings.None)), (2, Gen.Choose(0, 31).Select(i => (NmqFindings)i)));

    internal static readonly Gen<SurveyCase> CaseGen =
        from q1 in Gen.Frequency((1, Gen.Constant(false)), (5, Gen.Constant(true)))
        from q2 in Gen.Frequency((1, Gen.Constant(false)), (5, Gen.Constant(true)))
        from pains in Scores
        from joints in Scores
        from bits in SignalBits
        from hasRecord in Gen.Elements(false, true)
        select new SurveyCase(q1, q2, pains, joints, bits, hasRecord);

    public static Arbitrary<SurveyCase> Cases() => CaseGen.ToArbitrary();

    public static Arbitrary<RaisedSurvey> Raised() =>
        (from c in CaseGen
         from region in Gen.Choose(0, BodyRegions.Count - 1)
         from raisePain in Gen.Elements(false, true)
         from step in Gen.Choose(0, 5)
         let full = c with { Q1 = true, Q2 = true }
         select new RaisedSurvey(full, Raise(full, region, raisePain, step))).ToArbitrary();

    public static Arbitrary<SurveyRoster> Rosters() =>
        (from cases in Gen.ArrayOf(CaseGen).Resize(40)
         from trip in Gen.Choose(0, 5)
         select new SurveyRoster(cases, trip)).ToArbitrary();

    private static SurveyCase Raise(SurveyCase c, int region, bool pain, int by)
    {
        var pains = (int[])c.Pains.Clone();
        var joints = (int[])c.Joints.Clone();
        var target = pain ? pains : joints;
        target[region] = Math.Min(NmqParameters.ScoreMaximum, target[region] + by);
        return c with { Pains = pains, Joints = joints };
    }
}
