using OshRules.Samples.Output;
using OshRules.Samples.Roster;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Samples;

public sealed class SampleRunTests
{
    [Fact]
    public void The_bundled_roster_is_evaluated_and_every_section_is_printed()
    {
        var (code, output) = Run(Options());

        Assert.Equal(0, code);
        Assert.Contains("Roster: 300 rows: 300 evaluated, 0 rejected (utf-8)", output, StringComparison.Ordinal);
        foreach (var section in new[] { "Health exams overdue or due soon", "NMQ grades", "Maternal protection risk tiers", "E-learning courses and tests", "Training overdue or due soon", "Table 2", "Table 5" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }
    }

    [Fact, Trait("Rule", "MAT-1")]
    public void The_console_counts_every_maternal_status_by_its_place_in_the_protection_period()
    {
        // Was: the statuses were claimed by the maternal section for the HTML report only, so the console showed them
        // nowhere (they had been counted under "Other conclusions" before).
        var (code, output) = Run(Options());

        Assert.Equal(0, code);
        var at = output.IndexOf("Protection period (each maternal status)", StringComparison.Ordinal);
        Assert.True(at >= 0, "the console has no protection period table");
        var table = output[at..];
        Assert.Contains("Outside the protection period: After the", table, StringComparison.Ordinal);
        Assert.Contains("Pregnant", table, StringComparison.Ordinal);
        Assert.Contains("6 months to under 1 year after delivery", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_listed_with_line_and_column_and_the_valid_rows_are_still_evaluated()
    {
        var (code, output) = RunOnRows(
        [
            Row(("worker_id", "A1"), ("sex", "F"), ("birth_date", "1990-01-01"), ("hire_date", "2020-01-01"), ("last_general_exam", "2023-01-01")),
            Row(("worker_id", "A2"), ("sex", "F"), ("birth_date", "1990-13-01")),
            Row(("worker_id", "A3"), ("sex", "M"), ("birth_date", "1980-05-05"), ("nmq_filled_on", "2026-04-01"), ("nmq_q1", "Y"), ("nmq_q2", "Y"), ("nmq_scores", Scores((0, 9)))),
            Row(("worker_id", "A4"), ("sex", "X"), ("birth_date", "1980-05-05")),
            Row(("worker_id", "A5"), ("sex", "M"), ("birth_date", "112.06.21"), ("hire_date", "2024-01-01")),
        ]);

        Assert.Equal(1, code); // some rows rejected
        Assert.Contains("Roster: 5 rows: 2 evaluated, 3 rejected", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 3\s+│ birth_date\s+│ the day does not exist", output);
        Assert.Matches(@"│ 4\s+│ nmq_scores\s+│", output);
        Assert.Matches(@"│ 5\s+│ sex\s+│ must be F or M", output);
    }

    [Fact]
    public void Explain_prints_the_rules_and_citations_of_one_worker()
    {
        var (code, output) = Run(Options(explain: "S0001"));

        Assert.Equal(0, code);
        Assert.Contains("Worker S0001 (line 2), evaluated as of 2026-11-23", output, StringComparison.Ordinal);
        Assert.Contains("Rule: NMQ-3", output, StringComparison.Ordinal);
        Assert.Contains("Legal basis: Labour Health Protection Rules, Art. 17", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-06-01")]
    [InlineData("2014-12-31")]
    public void An_evaluation_date_the_law_versions_do_not_cover_is_one_error_before_the_roster_is_read(string asOf)
    {
        // Once: 2020-06-01 rejected each of the 300 rows, blamed on a column "date"; 2014-12-31 ended in an unhandled exception.
        var (code, output) = Run(Options() with { AsOf = asOf });

        Assert.Equal(2, code);
        Assert.Contains($": {asOf} is outside the law versions encoded: HealthExams from 2021-12-22, Ergonomics from 2023-06-21", output, StringComparison.Ordinal);
        Assert.DoesNotContain("S0001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_unknown_worker_says_so_and_fails()
    {
        var (code, output) = Run(Options(explain: "NOBODY"));

        Assert.Equal(2, code); // no row could be evaluated for it
        Assert.Contains("No worker NOBODY in the roster.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_read_plus_rows_rejected_equals_the_data_rows_of_the_file()
    {
        var file = RosterReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv"));

        Assert.Equal(300, file.DataRows);
        Assert.Equal(file.DataRows, file.Rows.Count + file.Errors.Count);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+886", "'+886")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("S0001", "S0001")]
    [InlineData("", "")]
    public void Spreadsheet_cells_that_would_run_as_formulas_are_neutralised(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetSafe.Cell(cell));
}
