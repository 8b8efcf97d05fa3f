using System.Text;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Samples;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Samples;

/// <summary>
/// The sample's failures on hostile rosters, one test each: the comment in each test says what the sample must never do
/// again. (The library's rows are tested in tests/OshRules.Tests/Reliability.)
/// </summary>
public sealed class SampleRegressionTests
{
    [Fact]
    public void A_repeated_worker_id_rejects_the_later_row_and_names_the_line_of_the_first()
    {
        // Was: an unhandled ArgumentException (ConsoleReport.cs:34) printing the id.
        var (code, output) = RunOnRows([GoodRow("D1"), GoodRow("D2"), GoodRow("D1"), GoodRow("D3")]);

        Assert.Equal(1, code);
        Assert.Contains("Roster: 4 rows: 3 evaluated, 1 rejected", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 4\s+│ worker_id\s+│ repeats the worker id of line 2; the first row counts", output);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2000000000")] // was: memory past 9.6 GB and growing
    [InlineData("13")] // more nodes than the course has
    public void A_nodes_viewed_count_outside_the_course_rejects_its_row_only(string nodes)
    {
        // Was (-1): an unhandled ArgumentOutOfRangeException, the whole run lost.
        var course = new[] { ("course_id", "C1"), ("course_language", "zh"), ("course_required_hours", "3"), ("course_nodes", "12"), ("course_hours", "3"), ("read_on", "2026-08-01"), ("read_hours", "1"), ("nodes_viewed", nodes) };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var (code, output) = RunOnRows([GoodRow("N1"), GoodRow("N2", course), GoodRow("N3")]);

        Assert.Equal(1, code);
        Assert.Contains("Roster: 3 rows: 2 evaluated, 1 rejected", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 3\s+│ nodes_viewed\s+│ must be a whole number from 0 to course_nodes", output);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), "the row is refused before any list is sized by it");
    }

    [Fact]
    public void An_unterminated_quote_rejects_its_own_row_and_no_other()
    {
        // Was: "2 → 1 read, 1 rejected": the row after it was swallowed.
        var text = Header + "\n" + GoodRow("S0001") + "\n" + GoodRow("S0002").Replace("Name S0002", "\"Name S0002", StringComparison.Ordinal) + "\n" + GoodRow("S0003") + "\n";
        var (code, output) = RunOnText(text);

        Assert.Equal(1, code);
        Assert.Contains("Roster: 3 rows: 2 evaluated, 1 rejected", output, StringComparison.Ordinal);
        Assert.Matches(@"│ 3\s+│ \(row\)\s+│ a quote opened on this line is not closed", output);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_line_break_inside_a_quoted_cell_is_part_of_the_cell(string lineBreak)
    {
        // Was: a CR inside a quoted cell made 20 rows 21.
        var rows = Enumerable.Range(1, 20).Select(i => GoodRow($"L{i:00}", ("job_title", i == 7 ? $"teacher{lineBreak}(part time)" : "teacher"))).ToList();
        var (code, output) = RunOnRows(rows);

        Assert.Equal(0, code);
        Assert.Contains("Roster: 20 rows: 20 evaluated, 0 rejected", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("training_hours", "0,5")]
    [InlineData("training_hours", "1,000")]
    [InlineData("noise_dba", "85,5")]
    [InlineData("training_item", "1,3")]
    public void A_decimal_comma_is_refused_never_read_as_a_thousands_separator(string column, string value)
    {
        // Was: training_hours=0,5 read as 5 hours, and the worker compliant.
        var row = GoodRow("C1", ("training_item", "13"), ("general_training_hours", "3"), ("last_training", "2025-05-02"), ("training_hours", "3"));
        row = Row([.. ParseRow(row).Where(c => c.Column != column), (column, value)]);
        var (code, output) = RunOnRows([row]);

        Assert.Equal(2, code); // the only row is rejected
        Assert.Contains($"│ {column}", output, StringComparison.Ordinal);
        Assert.Contains("a comma in a number is ambiguous", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1980-01-02")]
    [InlineData("1980/1/2")] // what zh-TW Excel writes; was rejected
    [InlineData("1980年1月2日")] // was rejected
    [InlineData("69.1.2")]
    [InlineData("69/1/2")]
    [InlineData("民國69年1月2日")]
    public void Dates_are_read_as_zh_TW_spreadsheets_write_them(string birth)
    {
        var roster = WriteRoster([Row(("worker_id", "B1"), ("sex", "M"), ("birth_date", birth), ("hire_date", "2010/3/1"), ("last_general_exam", "114.3.1"))]);
        var json = Path.ChangeExtension(roster, ".jsonl");
        try
        {
            var (code, output) = Run(Options(roster, json: json));

            Assert.Equal(0, code);
            Assert.Contains("Roster: 1 row: 1 evaluated, 0 rejected", output, StringComparison.Ordinal);
            var result = Assert.Single(ReadJson(json));
            var due = Assert.Single(result.All<OshRules.HealthExams.PeriodicGeneralExamDue>());
            Assert.Equal(new DateOnly(2025, 3, 1), due.LastExam);
        }
        finally
        {
            File.Delete(roster);
            File.Delete(json);
        }
    }

    [Theory]
    [InlineData("2020-06-01")]
    [InlineData("2014-12-31")] // was: an unhandled exception
    public void An_evaluation_date_the_library_refuses_gives_one_message_and_exit_code_2(string asOf)
    {
        // Was (2020-06-01): all 300 rows rejected, each blamed on column "date".
        var (code, output) = Run(Options(asOf: asOf));

        Assert.Equal(2, code);
        Assert.Contains($"The library cannot evaluate as of {asOf}: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rejected rows", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("cannot evaluate", StringComparison.Ordinal));
    }

    [Fact]
    public void An_output_in_a_missing_folder_is_refused_before_the_evaluation_starts()
    {
        // Was: an unhandled DirectoryNotFoundException after the whole evaluation.
        var missing = Path.Combine(Path.GetTempPath(), $"oshrules-missing-{Guid.NewGuid():N}", "x.html");
        var (code, output) = Run(Options(html: missing));

        Assert.Equal(2, code);
        Assert.Contains("Cannot write --html", output, StringComparison.Ordinal);
        Assert.Contains("the folder does not exist", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Roster:", output, StringComparison.Ordinal); // nothing was evaluated
    }

    [Fact]
    public void Terminal_control_and_bidirectional_characters_never_reach_the_terminal()
    {
        // Was: ESC[2J, BEL and U+202E printed raw.
        var (_, output) = RunOnRows(
        [
            GoodRow("E1", ("unit", "Unit\u0007\u202Eevil"), ("last_general_exam", "2020-01-01")), // overdue: listed with its unit
            GoodRow("E2", ("unit", "\u001b]0;title\u0007Office\u2066"), ("last_general_exam", "2020-01-01")),
            GoodRow("E3", ("birth_date", "bad\u001b[31m")),
        ]);

        foreach (var c in new[] { '\u001b', '\u0007', '\u202E', '\u202D', '\u2066', '\u0008' })
        {
            Assert.DoesNotContain(c, output);
        }

        Assert.Contains("Unitevil", output, StringComparison.Ordinal);
        Assert.Contains("]0;titleOffice", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_is_one_result_per_row_in_the_library_format_rejected_rows_included()
    {
        // Was: the whole document built as one string (out of memory at 100,000 rows). JSON Lines are written row by row.
        var roster = WriteRoster([GoodRow("J1"), Row(("worker_id", "J2"), ("sex", "X"), ("birth_date", "1980-01-01")), GoodRow("J3")]);
        var json = Path.ChangeExtension(roster, ".jsonl");
        try
        {
            var (code, _) = Run(Options(roster, json: json));

            Assert.Equal(1, code);
            var results = ReadJson(json);
            Assert.Equal(["J1", "J2", "J3"], results.Select(r => r.CaseId));
            Assert.True(results[0].IsValid);
            Assert.Equal("sex", results[1].Error!.Field);
            Assert.True(results[2].IsValid);
            Assert.NotEmpty(results[0].Conclusions);
        }
        finally
        {
            File.Delete(roster);
            File.Delete(json);
        }
    }

    /// <summary>The sample's --json read back by the library (a result-lines file).</summary>
    private static List<OshResult> ReadJson(string path)
    {
        using var file = File.OpenRead(path);
        return [.. OshJson.ReadLines(file)];
    }

    private static (string Column, string Value)[] ParseRow(string row)
    {
        var columns = Header.Split(',');
        var values = row.Split(',');
        return columns.Zip(values).Where(x => x.Second.Length > 0).ToArray();
    }
}
