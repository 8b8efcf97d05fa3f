using System.Globalization;
using System.Runtime.CompilerServices;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;

namespace OshRules.Tests.Evaluation;

/// <summary>The README's asynchronous roster, run: the same code as the snippet under "Quick start" in README.md.</summary>
public sealed class ReadmeAsyncRosterTests
{
    [Fact, Trait("Rule", "HC-2")]
    public async Task Readme_async_roster_reads_evaluates_and_reports_a_bad_cell_as_its_case_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(path,
            [
                "E-001,1961-11-23,Male,2010-03-01,2025-11-01",
                "E-002,1990-02-30,Female,2020-01-01,2024-05-01",
                "E-003,1990-06-01,Female,2020-01-01,2024-05-01",
            ]);

            var lines = await GeneralExamsDueAsync(OshRuleSet.CreateDefault(), path, new DateOnly(2026, 11, 23), CancellationToken.None);

            Assert.Equal(
            [
                "E-001: 2026-11-23",
                "E-002: The case's facts could not be built: FormatException.",
                "E-003: 2029-05-01",
            ], lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // From README.md, unchanged.
    private static async IAsyncEnumerable<OshCase> ReadRosterAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            var cells = line.Split(',');
            yield return OshCase.Deferred(cells[0], () =>
            [
                new Worker(cells[0], DateOnly.Parse(cells[1], CultureInfo.InvariantCulture), Enum.Parse<Sex>(cells[2]), DateOnly.Parse(cells[3], CultureInfo.InvariantCulture)),
                new ExamRecord(cells[0], ExamKind.PeriodicGeneral, DateOnly.Parse(cells[4], CultureInfo.InvariantCulture)),
            ]);
        }
    }

    // From README.md, unchanged.
    private static async Task<List<string>> GeneralExamsDueAsync(IOshEvaluator osh, string path, DateOnly asOf, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        await foreach (var result in osh.EvaluateManyAsync(asOf, ReadRosterAsync(path, cancellationToken), cancellationToken: cancellationToken))
        {
            lines.Add(result.Error is { } error
                ? $"{result.CaseId}: {error.Message}"
                : $"{result.CaseId}: {result.Get<PeriodicGeneralExamDue>()!.DueDate:yyyy-MM-dd}");
        }

        return lines;
    }
}
