using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Evaluation.Reports;
using OshRules.Law;
using OshRules.Samples.Roster;

namespace OshRules.Samples;

/// <summary>One evaluated roster row: where it came from, the worker and the result.</summary>
internal sealed record EvaluatedRow(int Line, string WorkerId, string? Name, string? Unit, OshResult Result);

/// <summary>A roster evaluated: every row read is in <see cref="Rows"/>; rows that failed carry their error.</summary>
internal sealed record RosterEvaluation(
    DateOnly AsOf,
    RosterFile File,
    IReadOnlyList<EvaluatedRow> Rows,
    IReadOnlyList<RosterError> Errors,
    OrganisationReport Report)
{
    public static RosterEvaluation Run(RosterFile file, DateOnly asOf, IOshEvaluator evaluator, Action<double>? progress = null)
    {
        var rows = file.Rows;
        var workers = new Worker?[rows.Count];
        var cases = rows.Select((row, i) => OshCase.Deferred(row[RosterColumns.WorkerId] ?? $"line {row.Line}", () =>
        {
            try
            {
                var (worker, facts) = RosterMapper.Map(row, asOf);
                workers[i] = worker;
                return facts;
            }
            catch (RosterFieldException e)
            {
                throw new OshValidationException(e.Column, e.Rule, e.Reason);
            }
        }));

        IProgress<EvaluationProgress>? reporter = progress is null ? null : new InlineProgress(p => progress((double)p.CasesDone / Math.Max(1, rows.Count)));
        var evaluated = new List<EvaluatedRow>(rows.Count);
        var errors = new List<RosterError>(file.Errors);
        var builder = new OrganisationReportBuilder(asOf);
        var index = 0;
        foreach (var result in evaluator.EvaluateMany(asOf, cases, reporter))
        {
            var row = rows[index];
            evaluated.Add(new EvaluatedRow(row.Line, result.CaseId, row[RosterColumns.Name], row[RosterColumns.Unit], result));
            builder.Add(result);
            if (result.Error is { } error)
            {
                errors.Add(new RosterError(row.Line, RosterMapper.ColumnOf(error.Field), error.Message));
            }
            else if (workers[index] is { } w)
            {
                builder.AddWorker(w);
            }

            index++;
        }

        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new RosterEvaluation(asOf, file, evaluated, errors, builder.Build());
    }

    /// <summary>Reports synchronously on the evaluating thread (Progress&lt;T&gt; would post to a context).</summary>
    private sealed class InlineProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
