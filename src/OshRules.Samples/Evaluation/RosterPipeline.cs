using System.Collections.Concurrent;
using OshRules.Ergonomics;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Samples.Roster;
using C = OshRules.Samples.Roster.RosterColumns;

namespace OshRules.Samples.Evaluation;

/// <summary>
/// Streams a roster through the library: every record read becomes one case of <see cref="IOshEvaluator.EvaluateMany"/>
/// (a rejected record as an invalid case, so it keeps its place), and every case one <see cref="RowOutcome"/>, in file
/// order. Only the cases in flight are held: memory does not grow with the roster, except for the worker ids seen
/// (<see cref="WorkerIdIndex"/>, about 25 bytes a worker), which find repeated ids.
/// </summary>
internal static class RosterPipeline
{
    public static IEnumerable<RowOutcome> Evaluate(IEnumerable<RosterRecord> records, DateOnly asOf, IOshEvaluator evaluator, CancellationToken cancellationToken = default)
    {
        // The outcomes of the cases handed to the library and not yet answered, in order. EvaluateMany yields one result per
        // case in input order, so the front of this queue is always the row of the next result.
        var inFlight = new ConcurrentQueue<RowOutcome>();
        var cases = Cases(records, asOf, inFlight);
        foreach (var result in evaluator.EvaluateMany(asOf, cases, null, cancellationToken))
        {
            if (!inFlight.TryDequeue(out var row))
            {
                throw new InvalidOperationException("The library yielded more results than cases.");
            }

            row.Result = result;
            if (result.Error is { } error && row.Rejection is null)
            {
                row.Rejection = new RosterError(row.Line, ColumnOf(error.Field), RosterReasons.Library(error.Message, error.Rule));
                row.Worker = null;
            }

            yield return row;
        }
    }

    /// <summary>The roster column a library field comes from; the field itself when it maps to none.</summary>
    public static string ColumnOf(string? field) => RosterMapper.ColumnOf(field);

    private static IEnumerable<OshCase> Cases(IEnumerable<RosterRecord> records, DateOnly asOf, ConcurrentQueue<RowOutcome> inFlight)
    {
        var seen = new WorkerIdIndex();
        foreach (var record in records)
        {
            if (record.Error is { } unreadable)
            {
                var rejected = new RowOutcome { Line = record.Line, Rejection = unreadable };
                inFlight.Enqueue(rejected);
                yield return Rejected(rejected, unreadable);
                continue;
            }

            var row = record.Row!;
            var id = row[C.WorkerId];
            var outcome = new RowOutcome { Line = row.Line, WorkerId = id, Name = row[C.Name], Unit = row[C.Unit] };
            if (id is not null && !seen.TryAdd(id, row.Line, out var firstLine))
            {
                outcome.Rejection = new RosterError(row.Line, C.WorkerId, RosterReasons.DuplicateId(firstLine));
                inFlight.Enqueue(outcome);
                yield return Rejected(outcome, outcome.Rejection);
                continue;
            }

            inFlight.Enqueue(outcome);
            yield return OshCase.Deferred(id ?? LineKey(row.Line), () => Map(row, asOf, outcome));
        }
    }

    /// <summary>Builds a row's facts when the library evaluates its case (in parallel with other rows).</summary>
    private static IEnumerable<object> Map(RosterRow row, DateOnly asOf, RowOutcome outcome)
    {
        try
        {
            var (worker, facts) = RosterMapper.Map(row, asOf);
            outcome.Worker = worker;
            outcome.AnsweredNmq = facts.Exists(f => f is NmqQuestionnaire);
            return facts;
        }
        catch (RosterFieldException e)
        {
            outcome.Rejection = new RosterError(row.Line, e.Column, e.Reason);
            throw new OshValidationException(e.Column, e.Rule, e.Reason.En);
        }
        catch (Exception e) when (e is not OshValidationException and not OperationCanceledException)
        {
            // A row the mapper did not foresee must still cost that row only.
            outcome.Rejection = new RosterError(row.Line, "(row)", RosterReasons.Unforeseen(e.GetType().Name));
            throw new OshValidationException("(row)", "roster", outcome.Rejection.Reason.En);
        }
    }

    private static OshCase Rejected(RowOutcome outcome, RosterError error) =>
        OshCase.Invalid(LineKey(outcome.Line), new OshValidationException(error.Column, "roster", $"line {error.Line}: {error.Reason.En}"));

    private static string LineKey(int line) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}");
}
