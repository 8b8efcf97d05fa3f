using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Samples.Output;
using OshRules.Samples.Roster;
using Spectre.Console;

namespace OshRules.Samples;

/// <summary>Runs the sample with parsed options.</summary>
internal static class SampleRun
{
    private const int ProgressBarFrom = 3000;

    public static int Execute(SampleOptions options) => Execute(options, AnsiConsole.Console);

    public static int Execute(SampleOptions options, IAnsiConsole console)
    {
        var labels = new Labels(options.Language == "en" ? DisplayLanguage.English : DisplayLanguage.ZhTw);
        DateOnly asOf;
        try
        {
            asOf = options.AsOf is null ? DateOnly.FromDateTime(DateTime.Today) : DateText.Parse(options.AsOf, "--as-of");
            FamilyCoverage.Check(Common.Families.All, asOf); // a date the law versions do not cover: one error, before the roster is read
        }
        catch (OshValidationException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 2;
        }

        var path = options.Roster?.FullName ?? Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv");
        if (!File.Exists(path))
        {
            console.MarkupLine($"[red]{Markup.Escape($"Roster file not found: {path}")}[/]");
            return 2;
        }

        RosterFile file;
        try
        {
            file = RosterReader.Read(path, options.Encoding);
        }
        catch (ArgumentException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 2;
        }

        var ruleSet = OshRuleSet.Create(new OshRulesOptions { Language = labels.Language });
        RosterEvaluation evaluation;
        if (file.Rows.Count >= ProgressBarFrom)
        {
            RosterEvaluation? done = null;
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask(labels["roster"], maxValue: 1.0);
                done = RosterEvaluation.Run(file, asOf, ruleSet, f => task.Value = f);
            });
            evaluation = done!;
        }
        else
        {
            evaluation = RosterEvaluation.Run(file, asOf, ruleSet);
        }

        if (options.Explain is { } id)
        {
            return ConsoleReport.Explain(console, evaluation, id, labels);
        }

        ConsoleReport.Write(console, evaluation, labels);
        if (options.Json is { } json)
        {
            JsonReport.Write(json.FullName, evaluation);
            console.MarkupLine($"JSON: {Markup.Escape(json.FullName)}");
        }

        if (options.Html is { } html)
        {
            File.WriteAllText(html.FullName, HtmlReport.Render(evaluation, labels));
            console.MarkupLine($"HTML: {Markup.Escape(html.FullName)}");
        }

        if (options.Csv is { } csv)
        {
            CsvExport.WriteExamsDue(csv.FullName, evaluation);
            console.MarkupLine($"CSV: {Markup.Escape(csv.FullName)}");
        }

        return 0;
    }
}
