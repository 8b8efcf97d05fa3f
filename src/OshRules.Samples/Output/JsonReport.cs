using System.Text.Json;

namespace OshRules.Samples.Output;

/// <summary>Writes results and reports as JSON.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Write(string path, RosterEvaluation e)
    {
        var document = new
        {
            asOf = e.AsOf,
            report = (object)e.Report,
            errors = e.Errors,
            results = e.Rows.Select(r => new { line = r.Line, caseId = r.Result.CaseId, conclusions = r.Result.Conclusions.Cast<object>().ToArray(), error = r.Result.Error }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Options));
    }
}
