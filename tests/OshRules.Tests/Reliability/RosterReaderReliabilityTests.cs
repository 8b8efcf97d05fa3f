using System.Text;
using OshRules.Samples.Output;
using OshRules.Samples.Roster;
using Xunit.Abstractions;
using static OshRules.Tests.Samples.SampleFixtures;

namespace OshRules.Tests.Reliability;

/// <summary>RELIABILITY.md, roster reader: the sample's roster reader survives real files; its outputs are injection-safe.</summary>
[Trait("Category", "Reliability")]
public sealed class RosterReaderReliabilityTests(ITestOutputHelper output)
{
    static RosterReaderReliabilityTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Text(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static readonly string[] GoodRows =
    [
        Row(("worker_id", "R1"), ("name", "陳怡君"), ("sex", "女"), ("birth_date", "112.06.21"), ("unit", "機械科, 二樓")),
        Row(("worker_id", "R2"), ("name", "林\"阿明\""), ("sex", "M"), ("birth_date", "1980-02-29"), ("job_title", "技術員\n(焊接)")),
        Row(("worker_id", "R3"), ("sex", "F"), ("birth_date", "75年3月4日")),
    ];

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("big5")]
    public void Reads_UTF8_with_and_without_BOM_and_Big5_with_quoted_commas_line_breaks_and_ROC_dates(string encoding)
    {
        var text = Text(GoodRows);
        var bytes = encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
            _ => Encoding.GetEncoding(950).GetBytes(text),
        };

        var file = RosterReader.Read(bytes);

        Assert.Empty(file.Errors);
        Assert.Equal(3, file.Rows.Count);
        Assert.Equal("陳怡君", file.Rows[0]["name"]);
        Assert.Equal("機械科, 二樓", file.Rows[0]["unit"]);
        Assert.Equal("林\"阿明\"", file.Rows[1]["name"]);
        Assert.Equal("技術員\n(焊接)", file.Rows[1]["job_title"]);
        Assert.Equal([2, 3, 5], file.Rows.Select(r => r.Line)); // the quoted line break makes row 2 two lines long
    }

    [Fact]
    public void Reads_CRLF_line_ends()
    {
        var file = RosterReader.Read(Encoding.UTF8.GetBytes(Text(GoodRows).Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Empty(file.Errors);
        Assert.Equal(3, file.Rows.Count);
        Assert.Equal("R3", file.Rows[2]["worker_id"]);
    }

    [Fact]
    public void Big5_is_taken_when_asked_for_explicitly()
    {
        var bytes = Encoding.GetEncoding(950).GetBytes(Text(GoodRows));

        var file = RosterReader.Read(bytes, "big5");

        Assert.Equal("陳怡君", file.Rows[0]["name"]);
        Assert.Equal(Encoding.GetEncoding(950).WebName, file.Encoding);
    }

    [Fact]
    public void A_truncated_file_loses_no_row_silently()
    {
        var text = Text(GoodRows);
        var truncated = text[..(text.LastIndexOf("R3", StringComparison.Ordinal) + 4)]; // cut inside the last row

        var file = RosterReader.Read(Encoding.UTF8.GetBytes(truncated));

        Assert.Equal(file.DataRows, file.Rows.Count + file.Errors.Count);
        Assert.Equal(3, file.DataRows);
        Assert.Contains(file.Errors, e => e.Line == 5);
    }

    [Fact]
    public void A_wrong_or_missing_header_rejects_every_row_with_the_missing_column()
    {
        var file = RosterReader.Read(Encoding.UTF8.GetBytes("id,sex,born\nR1,F,1990-01-01\nR2,M,1991-01-01\n"));

        Assert.Empty(file.Rows);
        Assert.Equal(2, file.Errors.Count);
        Assert.All(file.Errors, e => Assert.Equal("worker_id", e.Column));
        Assert.Equal([2, 3], file.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Invalid_bytes_in_a_cell_are_reported_with_line_and_column()
    {
        var good = Encoding.UTF8.GetBytes(Text(GoodRows[2]));
        var bad = Encoding.UTF8.GetBytes(Row(("worker_id", "R9"), ("sex", "F"), ("birth_date", "1990-01-01"), ("name", "X")) + "\n");
        var nameAt = Array.IndexOf(bad, (byte)'X');
        bad[nameAt] = 0xFF; // not UTF-8
        var bytes = good.Concat(bad).ToArray();

        var file = RosterReader.Read(bytes, "utf-8");

        Assert.Single(file.Rows);
        var error = Assert.Single(file.Errors);
        Assert.Equal((3, "name"), (error.Line, error.Column));
    }

    [Fact]
    public void Fifty_megabytes_of_random_bytes_give_errors_never_a_crash()
    {
        var random = new Random(12);
        var bytes = new byte[50 * 1024 * 1024];
        random.NextBytes(bytes);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var file = RosterReader.Read(bytes);

        Assert.Empty(file.Rows);
        Assert.NotEmpty(file.Errors);
        Assert.Equal(file.DataRows, file.Rows.Count + file.Errors.Count);
        Assert.All(file.Errors, e => Assert.True(e.Line >= 1 && e.Column.Length > 0));
        output.WriteLine($"50 MB of random bytes: {file.Errors.Count} errors, {file.Rows.Count} rows, {started.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Every_row_of_a_roster_is_either_evaluated_or_rejected()
    {
        var roster = WriteRoster(
        [
            .. GoodRows,
            Row(("worker_id", "B1"), ("sex", "F"), ("birth_date", "2000-02-30")),
            Row(("worker_id", "B2"), ("sex", "F"), ("birth_date", "1990-01-01"), ("attempts", "2026-10-01:85")),
        ]);
        try
        {
            using var reader = RosterReader.Open(roster);
            var rows = OshRules.Samples.Evaluation.RosterPipeline.Evaluate(reader.Records(), new DateOnly(2026, 11, 23), OshRules.Evaluation.OshRuleSet.CreateDefault()).ToList();

            var evaluated = rows.Count(r => r.IsEvaluated);
            var rejected = rows.Count(r => !r.IsEvaluated);
            Assert.Equal(reader.DataRows, evaluated + rejected);
            Assert.Equal(3, evaluated);
            output.WriteLine($"rows {reader.DataRows}, evaluated {evaluated}, rejected {rejected}");
        }
        finally
        {
            File.Delete(roster);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@A1")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Written_CSV_cells_never_start_a_formula(string cell)
    {
        var quoted = ExamCsvWriter.Quote(cell);

        var content = quoted.TrimStart('"');
        Assert.StartsWith("'", content, StringComparison.Ordinal);
    }
}
