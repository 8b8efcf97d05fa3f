using System.Collections.Immutable;
using OshRules.Common;
using OshRules.Ergonomics;
using OshRules.Samples.Evaluation;

namespace OshRules.Samples.Report;

/// <summary>A worker graded above no hazard, with the regions scoring 3 or more.</summary>
internal sealed record GradeEntry(RowRef Row, NmqGradeLevel Level, ImmutableArray<BodyRegion> Regions);

/// <summary>
/// Ergonomic hazards (人因性危害預防): NMQ grades, 表 2 and 表 5 summed over the roster, the respondents (the share
/// of whom scoring 3 or more colours the body map) and the grades by unit.
/// </summary>
internal sealed class ErgonomicsSection(int listLength)
{
    /// <summary>The grades from the most to the least severe.</summary>
    public static readonly NmqGradeLevel[] Levels = [NmqGradeLevel.Red, NmqGradeLevel.DarkYellow, NmqGradeLevel.LightYellow, NmqGradeLevel.None];

    private static readonly IComparer<GradeEntry> Severity = Comparer<GradeEntry>.Create((a, b) =>
        a.Level != b.Level ? b.Level.CompareTo(a.Level) : a.Row.Line.CompareTo(b.Row.Line));

    private readonly int[] regionCounts = new int[BodyRegions.Count];
    private readonly NmqTableSum table2 = new();
    private int suspectedWorkers;

    /// <summary>Workers per grade, indexed by <see cref="NmqGradeLevel"/>.</summary>
    public int[] ByLevel { get; } = new int[4];

    /// <summary>Workers graded above no hazard, most severe first.</summary>
    public BoundedList<GradeEntry> Graded { get; } = new(listLength, Severity);

    /// <summary>Grades per unit, indexed by <see cref="NmqGradeLevel"/>.</summary>
    public UnitTally ByUnit { get; } = new(4);

    /// <summary>Workers who answered the questionnaire (表 6).</summary>
    public int Respondents { get; private set; }

    public int SimpleImprovements { get; private set; }

    public int AdvancedImprovements { get; private set; }

    public int GradedWorkers => ByLevel.Sum();

    public NmqTable2 Table2 => table2.Build();

    public NmqTable5 Table5 => new(regionCounts.ToImmutableArray(), suspectedWorkers);

    /// <summary>The share of respondents scoring 3 or more in <paramref name="region"/>, 0–1 (0 without respondents).</summary>
    public double ShareOf(BodyRegion region) => Respondents == 0 ? 0 : (double)regionCounts[(int)region] / Respondents;

    public bool Claim(IOshConclusion conclusion, RowRef row)
    {
        switch (conclusion)
        {
            case NmqGrade g:
                ByLevel[(int)g.Level]++;
                ByUnit.Add(row.Unit, (int)g.Level);
                table2.Add(NmqStatistics.Table2([g]));
                var t5 = NmqStatistics.Table5([g]);
                suspectedWorkers += t5.SuspectedWorkers;
                for (var i = 0; i < regionCounts.Length; i++)
                {
                    regionCounts[i] += t5.RegionCounts[i];
                }

                if (g.Level > NmqGradeLevel.None)
                {
                    Graded.Add(new GradeEntry(row, g.Level, g.RegionsAtRisk));
                }

                return true;
            case ImprovementTask t:
                if (t.Stage == ImprovementStage.Advanced)
                {
                    AdvancedImprovements++;
                }
                else
                {
                    SimpleImprovements++;
                }

                return true;
            case ErgonomicProgrammeCalendar or ErgonomicProgrammeDuty:
                return true;
            default:
                return false;
        }
    }

    public void EndRow(RowOutcome row)
    {
        if (row.AnsweredNmq)
        {
            Respondents++;
        }
    }

    /// <summary>表 2 summed row by row: each row's table comes from the library's own statistics.</summary>
    private sealed class NmqTableSum
    {
        private int diagnosed, reported, resigned, leave, requests, hazard, suspected, none;

        public void Add(NmqTable2 t)
        {
            diagnosed += t.DiagnosedDisease;
            reported += t.ReportedSuspectedCase;
            resigned += t.AbnormalResignation;
            leave += t.FrequentSickLeaveOrAbsence;
            requests += t.FrequentMedicalRequests;
            hazard += t.HazardSubtotal;
            suspected += t.QuestionnaireSuspected;
            none += t.NoHazard;
        }

        public NmqTable2 Build() => new()
        {
            DiagnosedDisease = diagnosed,
            ReportedSuspectedCase = reported,
            AbnormalResignation = resigned,
            FrequentSickLeaveOrAbsence = leave,
            FrequentMedicalRequests = requests,
            HazardSubtotal = hazard,
            QuestionnaireSuspected = suspected,
            NoHazard = none,
        };
    }
}
