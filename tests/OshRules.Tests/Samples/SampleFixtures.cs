using System.Text;
using OshRules.Samples;
using Spectre.Console;

namespace OshRules.Tests.Samples;

internal static class SampleFixtures
{
    public const string Header = "worker_id,name,sex,birth_date,hire_date,unit,job_title,last_general_exam,special_work,special_work_since,last_special_exam,special_exam_level,noise_dba,nmq_filled_on,nmq_q1,nmq_q2,nmq_duration,nmq_scores,nmq_signals,pregnancy_notified,pregnant_since,expected_delivery,delivered_on,breastfeeding,blood_lead,air_lead,handling_kg,handling_mode,mat_measures_taken,training_item,general_training_hours,last_training,training_hours,course_id,course_language,course_required_hours,course_nodes,course_hours,course_construction,read_on,read_hours,nodes_viewed,questionnaire,attempts";

    /// <summary>A roster row with the given cells; every other cell is empty.</summary>
    public static string Row(params (string Column, string Value)[] cells)
    {
        var columns = Header.Split(',');
        var values = new string[columns.Length];
        foreach (var (column, value) in cells)
        {
            values[Array.IndexOf(columns, column)] = value.IndexOfAny([',', '"', '\n', '\r']) >= 0
                ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : value;
        }

        return string.Join(',', values.Select(v => v ?? string.Empty));
    }

    public static string Scores(params (int Region, int Pain)[] set)
    {
        var pairs = Enumerable.Repeat("0/0", 15).ToArray();
        foreach (var (region, pain) in set)
        {
            pairs[region] = $"{pain}/0";
        }

        return string.Join(' ', pairs);
    }

    public static string WriteRoster(IEnumerable<string> rows, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oshrules-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static (int ExitCode, string Output) Run(SampleOptions options)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var code = SampleRun.Execute(options, console);
        return (code, writer.ToString());
    }

    /// <summary>Runs the sample, in English as of 2026-11-23, on a roster of <paramref name="rows"/>, then deletes the roster.</summary>
    public static (int ExitCode, string Output) RunOnRows(IEnumerable<string> rows) => RunOnFile(WriteRoster(rows));

    /// <summary>Runs the sample on a roster holding exactly <paramref name="text"/> (header included), then deletes it.</summary>
    public static (int ExitCode, string Output) RunOnText(string text) => RunOnFile(WriteRosterText(text));

    private static (int ExitCode, string Output) RunOnFile(string roster)
    {
        try
        {
            return Run(Options(roster));
        }
        finally
        {
            File.Delete(roster);
        }
    }

    public static SampleOptions Options(string? roster = null, string lang = "en", string? html = null, string? explain = null, string? json = null, string? csv = null, string asOf = "2026-11-23", bool roc = false) =>
        new(roster is null ? null : new FileInfo(roster), asOf, lang, json is null ? null : new FileInfo(json), html is null ? null : new FileInfo(html), csv is null ? null : new FileInfo(csv), explain, null) { Roc = roc };

    /// <summary>A roster file holding exactly <paramref name="text"/> (header included), in UTF-8 unless bytes are given.</summary>
    public static string WriteRosterText(string text) => WriteRosterBytes(new UTF8Encoding(false).GetBytes(text));

    public static string WriteRosterBytes(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oshrules-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A valid row of a worker with an exam on record, for tests that need rows that evaluate.</summary>
    public static string GoodRow(string id, params (string Column, string Value)[] more) =>
        Row([("worker_id", id), ("name", "Name " + id), ("sex", "F"), ("birth_date", "1985-03-03"), ("hire_date", "2015-01-01"), ("unit", "Office"), ("last_general_exam", "2025-01-01"), .. more]);
}
