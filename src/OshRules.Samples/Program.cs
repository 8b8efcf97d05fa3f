using System.CommandLine;

namespace OshRules.Samples;

/// <summary>Entry point: parses the command line and runs the sample.</summary>
internal static class Program
{
    /// <summary>The help text's description, with the exit codes.</summary>
    internal const string Description =
        "OshRules sample: evaluates a roster against Taiwan's OSH rules and prints the conclusions. The roster is read row by row " +
        "and the results are written as they come, so a roster of any size runs in the same memory.\n\n" +
        "Exit codes:\n" +
        "  0  every row was evaluated;\n" +
        "  1  some rows were rejected (each is listed with its line, column and reason) and the others were evaluated;\n" +
        "  2  no row could be evaluated, the roster, the date or an option was refused, or an output could not be written.";

    private static int Main(string[] args)
    {
        var roster = new Option<FileInfo?>("--roster") { Description = "Roster CSV to evaluate (default: the bundled synthetic school roster)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluation date: 2026-11-23, 2026/11/23, 2026年11月23日 or ROC 115.11.23, 115/11/23, 民國115年11月23日. Default: today." };
        var lang = new Option<string>("--lang") { Description = "Display language: zh-TW or en.", DefaultValueFactory = _ => "zh-TW" };
        lang.AcceptOnlyFromAmong("zh-TW", "en");
        var roc = new Option<bool>("--roc") { Description = "Show dates as ROC (民國) dates: 115.12.03." };
        var json = new Option<FileInfo?>("--json") { Description = "Write every row's result to this file as a result-lines file: JSON Lines, one result per line, which OshJson.ReadLines reads back." };
        var html = new Option<FileInfo?>("--html") { Description = "Write the report for the OSH committee (self-contained HTML, print-ready) to this file." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the health-exam schedule as spreadsheet-safe CSV to this file." };
        var explain = new Option<string?>("--explain") { Description = "Print every conclusion of one worker id with its answer, rule and legal basis." };
        var encoding = new Option<string?>("--encoding") { Description = "Roster encoding: utf-8 or big5 (default: detected line by line)." };
        encoding.AcceptOnlyFromAmong("utf-8", "big5");

        var root = new RootCommand(Description)
        {
            roster, asOf, lang, roc, json, html, csv, explain, encoding,
        };
        root.SetAction(parse => SampleRun.Execute(new SampleOptions(
            parse.GetValue(roster),
            parse.GetValue(asOf),
            parse.GetValue(lang) ?? "zh-TW",
            parse.GetValue(json),
            parse.GetValue(html),
            parse.GetValue(csv),
            parse.GetValue(explain),
            parse.GetValue(encoding))
        {
            Roc = parse.GetValue(roc),
        }));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }

            return ExitCodes.Failed;
        }

        return parsed.Invoke();
    }
}

/// <summary>The sample's command-line options.</summary>
internal sealed record SampleOptions(
    FileInfo? Roster,
    string? AsOf,
    string Language,
    FileInfo? Json,
    FileInfo? Html,
    FileInfo? Csv,
    string? Explain,
    string? Encoding)
{
    /// <summary>Whether dates are shown as ROC dates.</summary>
    public bool Roc { get; init; }
}
