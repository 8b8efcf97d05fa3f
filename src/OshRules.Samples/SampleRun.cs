using System.Text;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.Samples.Evaluation;
using OshRules.Samples.Output;
using OshRules.Samples.Output.Html;
using OshRules.Samples.Report;
using OshRules.Samples.Roster;
using OshRules.Samples.Text;
using Spectre.Console;
using static OshRules.Samples.Output.ConsoleReport;

namespace OshRules.Samples;

/// <summary>The sample's exit codes, as its help text states them.</summary>
internal static class ExitCodes
{
    /// <summary>Every row was evaluated (and every output written).</summary>
    public const int AllEvaluated = 0;

    /// <summary>Some rows were rejected; each is listed with its line, column and reason. The others were evaluated.</summary>
    public const int SomeRejected = 1;

    /// <summary>No row could be evaluated (or the roster, the date or an option was refused), or an output could not be written.</summary>
    public const int Failed = 2;
}

/// <summary>
/// Runs the sample: checks the date and the output paths, then streams the roster through the library once, feeding the
/// console summary, <c>--json</c>, <c>--csv</c> and <c>--html</c> as the results come.
/// </summary>
internal static class SampleRun
{
    /// <summary>Rosters larger than this (bytes) get a progress bar on an interactive terminal.</summary>
    private const long ProgressBarFrom = 1 << 20;

    /// <summary>Rows between two updates of the progress bar.</summary>
    private const int ProgressEvery = 256;

    public static int Execute(SampleOptions options) => Execute(options, AnsiConsole.Console);

    public static int Execute(SampleOptions options, IAnsiConsole console)
    {
        var l = new Labels(options.Language == "en" ? DisplayLanguage.English : DisplayLanguage.ZhTw, options.Roc);
        DateOnly asOf;
        try
        {
            asOf = options.AsOf is null ? DateOnly.FromDateTime(DateTime.Today) : DateText.Parse(options.AsOf, "--as-of");
        }
        catch (OshValidationException e)
        {
            return Fail(console, l.Format("asOfInvalid", e.Problem));
        }

        try
        {
            FamilyCoverage.Check(Common.Families.All, asOf); // the check EvaluateMany makes: one error, before the roster is read
        }
        catch (OshValidationException e)
        {
            return Fail(console, l.Format("dateRefused", l.LongDate(asOf), e.Problem));
        }

        var path = options.Roster?.FullName ?? Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv");
        if (!File.Exists(path))
        {
            return Fail(console, l.Format("rosterNotFound", path));
        }

        RosterReader reader;
        try
        {
            reader = RosterReader.Open(path, options.Encoding);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return Fail(console, e.Message);
        }

        using (reader)
        {
            var ruleSet = OshRuleSet.Create(new OshRulesOptions { Language = l.Language });
            if (options.Explain is { } id)
            {
                return Explain(console, reader, ruleSet, asOf, id, l);
            }

            var outputs = new List<OutputFile>();
            try
            {
                if (OpenOutputs(options, path, outputs, l) is { } problem)
                {
                    return Fail(console, problem);
                }

                return Run(console, reader, ruleSet, asOf, options, outputs, l);
            }
            finally
            {
                foreach (var output in outputs)
                {
                    output.Dispose();
                }
            }
        }
    }

    private static int Run(IAnsiConsole console, RosterReader reader, OshRuleSet ruleSet, DateOnly asOf, SampleOptions options, List<OutputFile> outputs, Labels l)
    {
        var report = new RosterReport(asOf);
        using var json = outputs.Find(o => o.Option == "--json") is { } j ? new JsonLinesOutput(j.Bytes) : null;
        var csv = outputs.Find(o => o.Option == "--csv") is { } c ? new ExamCsvWriter(c.Writer, l) : null;
        var outcomes = RosterPipeline.Evaluate(reader.Records(), asOf, ruleSet);
        try
        {
            void Consume(Action? progress)
            {
                var rows = 0;
                foreach (var row in outcomes)
                {
                    report.Add(row);
                    csv?.Add(row);
                    json?.Add(row.Result);
                    if (++rows % ProgressEvery == 0)
                    {
                        progress?.Invoke();
                    }
                }

                json?.Complete();
            }

            if (console.Profile.Capabilities.Interactive && new FileInfo(options.Roster?.FullName ?? string.Empty) is { Exists: true, Length: > ProgressBarFrom })
            {
                console.Progress().Start(ctx =>
                {
                    var task = ctx.AddTask(Cell(l["evaluating"]), maxValue: 1.0);
                    Consume(() => task.Value = reader.Progress);
                });
            }
            else
            {
                Consume(null);
            }

            var source = new RosterSource(reader.DataRows, reader.EncodingName);
            if (outputs.Find(o => o.Option == "--html") is { } html)
            {
                HtmlReport.Write(html.Writer, report, source, l);
            }

            foreach (var output in outputs)
            {
                output.Commit();
            }

            ConsoleReport.Write(console, report, source, l);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, l.Format("outputFailed", e.Message));
        }

        foreach (var output in outputs)
        {
            console.MarkupLine(Cell(l.Format("written", output.Option, output.Path)));
        }

        if (report.Evaluated == 0)
        {
            console.MarkupLine($"[red]{Cell(l["noneEvaluated"])}[/]");
            return ExitCodes.Failed;
        }

        return report.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.AllEvaluated;
    }

    private static int Explain(IAnsiConsole console, RosterReader reader, OshRuleSet ruleSet, DateOnly asOf, string id, Labels l)
    {
        foreach (var row in RosterPipeline.Evaluate(reader.Records(), asOf, ruleSet))
        {
            if (string.Equals(row.WorkerId, id, StringComparison.Ordinal))
            {
                ExplainReport.Write(console, row, asOf, l);
                return row.IsEvaluated ? ExitCodes.AllEvaluated : ExitCodes.SomeRejected;
            }
        }

        return Fail(console, l.Format("explainNotFound", id));
    }

    /// <summary>
    /// Opens the outputs before anything is evaluated: a missing folder, an unwritable file, two options naming one file
    /// or an output that would overwrite the roster is reported at once. Returns the problem, or null.
    /// </summary>
    private static string? OpenOutputs(SampleOptions options, string roster, List<OutputFile> outputs, Labels l)
    {
        var wanted = new (string Option, FileInfo? File, Encoding Encoding)[]
        {
            ("--json", options.Json, new UTF8Encoding(false)),
            ("--csv", options.Csv, new UTF8Encoding(true)),
            ("--html", options.Html, new UTF8Encoding(false)),
        };
        var named = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (option, file, encoding) in wanted)
        {
            if (file is null)
            {
                continue;
            }

            var full = Path.GetFullPath(file.FullName);
            if (string.Equals(full, Path.GetFullPath(roster), StringComparison.Ordinal))
            {
                return l.Format("outputIsRoster", option);
            }

            if (!named.TryAdd(full, option))
            {
                return l.Format("outputSame", named[full], option);
            }

            try
            {
                outputs.Add(OutputFile.Open(option, full, encoding));
            }
            catch (DirectoryNotFoundException)
            {
                return l.Format("outputDirMissing", option, full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return l.Format("outputNotWritable", option, full, e.Message);
            }
        }

        return null;
    }

    private static int Fail(IAnsiConsole console, string message)
    {
        console.MarkupLine($"[red]{Cell(message)}[/]");
        return ExitCodes.Failed;
    }
}
