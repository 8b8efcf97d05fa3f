using OshRules.HealthExams;
using Snapshooter;
using Snapshooter.Xunit;
using static OshRules.Tests.HealthExams.HealthExamTestData;

namespace OshRules.Tests.HealthExams;

public sealed class HealthExamSnapshotTests
{
    [Fact, Trait("Rule", "HC-2"), Trait("Rule", "HC-4"), Trait("Rule", "HC-8")]
    public void Conclusions_and_citations_of_a_small_roster_match_the_snapshot()
    {
        var session = HealthExamRuleTests.Session(AsOf("2026-11-23"), HealthExamOptions.Default,
            Worker("1961-11-22", "1995-08-01", id: "A"),
            Worker("1990-01-01", "2026-10-01", id: "B"),
            General("2025-11-22", "A"),
            new SpecialHazardAssignment("A", Noise, D("2020-01-01")),
            Special("2026-01-15", Noise, level: ManagementLevel.Level2, id: "A"),
            new NoiseMeasurement("A", D("2026-06-01"), 88.5));

        var lines = session.Query<Common.IOshConclusion>()
            .Select(c => $"{c.GetType().Name} {c.SubjectId}: {c} | {string.Join("; ", c.Basis.Select(b => b.ToEnglishString()))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        // The snapshot's folder is named, not left to Snapshooter: a CI build's mapped source paths (/_/) would have it
        // write a new snapshot there and pass.
        var name = new SnapshotFullName($"{nameof(HealthExamSnapshotTests)}.{nameof(Conclusions_and_citations_of_a_small_roster_match_the_snapshot)}.snap",
            PinnedFiles.Folder("HealthExams"));
        var path = Path.Combine(name.FolderPath, "__snapshots__", name.Filename); // Snapshooter adds the __snapshots__ folder
        if (PinnedFiles.Rewriting)
        {
            File.Delete(path);
        }

        PinnedFiles.AssertPinned(path);
        Snapshot.Match(lines, name);
    }
}
