using System.CommandLine;

namespace OshRules.Samples;

/// <summary>Entry point: parses the command line and runs the sample.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var roster = new Option<FileInfo?>("--roster") { Description = "Roster CSV to evaluate (default: the bundled synthetic school roster)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluation date, ISO (2026-11-23) or ROC (115.11.23). Default: today." };
        var lang = new Option<string>("--lang") { Description = "Display language: zh-TW or en.", DefaultValueFactory = _ => "zh-TW" };
        lang.AcceptOnlyFromAmong("zh-TW", "en");
        var json = new Option<FileInfo?>("--json") { Description = "Write results and reports as JSON to this file." };
        var html = new Option<FileInfo?>("--html") { Description = "Write a self-contained HTML report (tables and an NMQ body map) to this file." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Write the exam schedule as spreadsheet-safe CSV to this file." };
        var explain = new Option<string?>("--explain") { Description = "Print the explanation of every conclusion for one worker id." };
        var encoding = new Option<string?>("--encoding") { Description = "Roster encoding: utf-8 or big5 (default: detected)." };

        var root = new RootCommand("OshRules sample: evaluates a roster against Taiwan's OSH rules and prints the conclusions.")
        {
            roster, asOf, lang, json, html, csv, explain, encoding,
        };
        root.SetAction(parse => SampleRun.Execute(new SampleOptions(
            parse.GetValue(roster),
            parse.GetValue(asOf),
            parse.GetValue(lang) ?? "zh-TW",
            parse.GetValue(json),
            parse.GetValue(html),
            parse.GetValue(csv),
            parse.GetValue(explain),
            parse.GetValue(encoding))));
        return root.Parse(args).Invoke();
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
    string? Encoding);
