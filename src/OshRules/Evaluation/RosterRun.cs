using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// One roster evaluation, shared by <c>EvaluateMany</c> and <c>EvaluateManyAsync</c>: cases are read into batches,
/// each batch is evaluated (in parallel when large enough) and its results are handed out in input order. The two
/// iterators differ in how they read the next case, and in that <c>EvaluateMany</c>, on more than one core, evaluates a
/// batch in the background while the caller reads the next one and takes the results of the one before: the caller's
/// own work (reading a file, writing results) then no longer leaves the other cores idle.
/// </summary>
/// <remarks>
/// Guarantees: one result per case read, in input order; every failure of a case is its result's error
/// (<see cref="CaseRunner"/>); an exception of the caller's enumeration of cases ends the roster, after the results of
/// the cases read before it; once the token is cancelled no further result is handed out. The run is one activity and,
/// when it ends however it ends, one summary in the log.
/// </remarks>
internal sealed class RosterRun : IDisposable
{
    /// <summary>Cases read before a batch is evaluated: enough to keep the cores busy, few enough to stream.</summary>
    internal const int BatchSize = 64;

    /// <summary>Below this many cases a batch is evaluated on the reading thread: fanning out would cost more than it saves.</summary>
    private const int ParallelFrom = 16;

    private readonly OshRuleSet rules;
    private readonly EvaluationDate date;
    private readonly IProgress<EvaluationProgress>? progress;
    private readonly CancellationToken cancellationToken;
    private readonly ParallelOptions options;
    private readonly string operation;
    private readonly Activity? activity;
    private readonly long started = Stopwatch.GetTimestamp();
    private Batch filling = new();
    private Batch? evaluating;
    private Batch? spare;
    private long read;
    private long done;
    private long failed;
    private bool sourceEnded;
    private ExceptionDispatchInfo? sourceFailure;
    private bool finished;
    private ValueTask<bool>? pendingRead;

    private RosterRun(OshRuleSet rules, EvaluationDate date, IProgress<EvaluationProgress>? progress, string operation, CancellationToken cancellationToken)
    {
        this.rules = rules;
        this.date = date;
        this.progress = progress;
        this.operation = operation;
        this.cancellationToken = cancellationToken;
        options = new ParallelOptions { MaxDegreeOfParallelism = rules.Parallelism, CancellationToken = cancellationToken };

        // The span is not left as the current activity: the caller's code between two results is not part of it.
        var parent = Activity.Current;
        activity = OshTelemetry.Source.StartActivity(operation);
        Activity.Current = parent;
        activity?.SetTag("oshrules.as_of", date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether another case may be read into the batch being filled.</summary>
    private bool WantsMore => filling.Count < BatchSize && !sourceEnded && sourceFailure is null;

    public static IEnumerable<OshResult> Enumerate(OshRuleSet rules, EvaluationDate date, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        using var run = new RosterRun(rules, date, progress, "OshRules.EvaluateMany", cancellationToken);
        using var source = cases.GetEnumerator();
        if (rules.Parallelism == 1)
        {
            // One core: everything on the caller's thread, one batch at a time.
            while (run.ReadBatch(source))
            {
                run.Evaluate(run.filling);
                while (run.TryTake(run.filling, out var result))
                {
                    yield return result;
                }
            }

            run.Finish();
            yield break;
        }

        try
        {
            // While one batch is evaluated in the background, the next is read and then the results of the one before are
            // taken, both on the caller's thread.
            var more = run.ReadBatch(source);
            if (more)
            {
                run.StartEvaluation();
            }

            while (more)
            {
                more = run.ReadBatch(source);
                var ready = run.EndEvaluation();
                if (more)
                {
                    run.StartEvaluation();
                }

                while (run.TryTake(ready, out var result))
                {
                    yield return result;
                }

                run.spare = ready;
            }

            run.Finish();
        }
        finally
        {
            run.AbandonEvaluation();
        }
    }

    public static async IAsyncEnumerable<OshResult> EnumerateAsync(
        OshRuleSet rules, EvaluationDate date, IAsyncEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var run = new RosterRun(rules, date, progress, "OshRules.EvaluateManyAsync", cancellationToken);
        var source = cases.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await run.ReadBatchAsync(source).ConfigureAwait(false))
            {
                run.Evaluate(run.filling);
                while (run.TryTake(run.filling, out var result))
                {
                    yield return result;
                }
            }

            run.Finish();
        }
        finally
        {
            await run.EndPendingReadAsync().ConfigureAwait(false);
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        var outcome = finished ? "completed"
            : sourceFailure is not null ? "ended by the enumeration of cases"
            : cancellationToken.IsCancellationRequested ? "cancelled"
            : "stopped before the end";
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        OshRulesLog.RosterEvaluated(rules.Telemetry.Logger, operation, outcome, done, failed, elapsed);
        if (activity is not null)
        {
            activity.SetTag("oshrules.cases", done);
            activity.SetTag("oshrules.cases.failed", failed);
            activity.SetTag("oshrules.outcome", outcome);
            if (sourceFailure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }

            activity.Dispose();
        }
    }

    /// <summary>Reads up to a batch of cases into the batch being filled; false when there were none left to read.</summary>
    private bool ReadBatch(IEnumerator<OshCase> source)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (WantsMore)
        {
            try
            {
                var moved = source.MoveNext();
                Read(moved, moved ? source.Current : null);
            }
            catch (Exception ex)
            {
                SourceFailed(ex);
            }
        }

        return filling.Count > 0;
    }

    /// <summary>
    /// Reads up to a batch of cases and evaluates them; false when there were none left to read. When the source makes
    /// it wait (a database, a network) and cases are in hand, those are evaluated first and the read is kept for later.
    /// </summary>
    private async ValueTask<bool> ReadBatchAsync(IAsyncEnumerator<OshCase> source)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (WantsMore)
        {
            try
            {
                var next = pendingRead ?? source.MoveNextAsync();
                pendingRead = null;
                if (!next.IsCompleted && filling.Count > 0)
                {
                    pendingRead = next;
                    break;
                }

                var moved = await next.ConfigureAwait(false);
                Read(moved, moved ? source.Current : null);
            }
            catch (Exception ex)
            {
                SourceFailed(ex);
            }
        }

        return filling.Count > 0;
    }

    /// <summary>Waits for a read still in flight, which must end before the source may be disposed; its outcome no longer matters.</summary>
    private async ValueTask EndPendingReadAsync()
    {
        if (pendingRead is { } inFlight)
        {
            pendingRead = null;
            try
            {
                await inFlight.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // the roster has already ended; the late read's failure has nobody to go to
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private void Read(bool moved, OshCase? current)
    {
        if (moved)
        {
            Add(current);
        }
        else
        {
            sourceEnded = true;
        }
    }

    private void Add(OshCase? @case)
    {
        if (@case is null)
        {
            // Not a case: the caller's enumeration is broken, which ends the roster like any exception of it.
            SourceFailed(new ArgumentNullException("cases", $"Case {read} is null."));
            return;
        }

        filling.Cases[filling.Count++] = @case;
        read++;
    }

    private void SourceFailed(Exception ex) => sourceFailure = ExceptionDispatchInfo.Capture(ex);

    /// <summary>Starts evaluating the batch just filled, in the background; a new (or spare) batch is filled next.</summary>
    private void StartEvaluation()
    {
        var batch = filling;
        filling = spare ?? new Batch();
        spare = null;
        evaluating = batch;
        batch.Evaluation = Task.Run(() => Evaluate(batch), CancellationToken.None);
    }

    /// <summary>Waits for the batch being evaluated and returns it; rethrows its cancellation as it was thrown.</summary>
    private Batch EndEvaluation()
    {
        var batch = evaluating!;
        evaluating = null;
        var evaluation = batch.Evaluation!;
        batch.Evaluation = null;
        evaluation.GetAwaiter().GetResult();
        return batch;
    }

    /// <summary>
    /// Waits for an evaluation the caller no longer wants (the enumeration was stopped, cancelled or failed), so that no
    /// case is still being evaluated once <c>EvaluateMany</c>'s enumerator is disposed.
    /// </summary>
    private void AbandonEvaluation()
    {
        if (evaluating?.Evaluation is { } evaluation)
        {
            evaluating = null;
            try
            {
                evaluation.Wait(CancellationToken.None);
            }
#pragma warning disable CA1031 // the roster has already ended: a cancellation inside it has nobody left to go to
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <summary>Evaluates a batch's cases (in parallel when there are enough).</summary>
    private void Evaluate(Batch batch)
    {
        var cases = batch.Cases;
        var results = batch.Results;
        if (rules.Parallelism == 1 || batch.Count < ParallelFrom)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = CaseRunner.Run(rules, date, cases[i], cancellationToken);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, options, i => results[i] = CaseRunner.Run(rules, date, cases[i], cancellationToken));
        }
    }

    /// <summary>The batch's next result in input order, unless it is handed out; never one after cancellation.</summary>
    private bool TryTake(Batch batch, out OshResult result)
    {
        if (batch.Taken == batch.Count)
        {
            batch.Count = batch.Taken = 0;
            progress?.Report(new EvaluationProgress(done, failed));
            result = null!;
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        result = batch.Results[batch.Taken];
        batch.Results[batch.Taken] = null!;
        batch.Cases[batch.Taken] = null!;
        batch.Taken++;
        if (result.Error is { } error)
        {
            failed++;
            OshRulesLog.CaseFailed(rules.Telemetry.Logger, done, error.Kind, error.Field, error.Rule, error.ExceptionType);
        }

        done++;
        return true;
    }

    /// <summary>Ends the run: rethrows the caller's enumeration failure, if there was one, once its cases are out.</summary>
    private void Finish()
    {
        sourceFailure?.Throw();
        finished = true;
    }

    /// <summary>Up to <see cref="BatchSize"/> cases, their results once evaluated, and how many have been handed out.</summary>
    private sealed class Batch
    {
        public OshCase[] Cases { get; } = new OshCase[BatchSize];

        public OshResult[] Results { get; } = new OshResult[BatchSize];

        public int Count { get; set; }

        public int Taken { get; set; }

        /// <summary>The background evaluation, until it has been waited for.</summary>
        public Task? Evaluation { get; set; }
    }
}
