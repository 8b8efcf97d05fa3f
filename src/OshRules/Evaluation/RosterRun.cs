using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using OshRules.Common;

namespace OshRules.Evaluation;

/// <summary>
/// One roster evaluation, shared by <c>EvaluateMany</c> and <c>EvaluateManyAsync</c>: cases are read into batches,
/// each batch is evaluated (in parallel when large enough) and its results are handed out in input order. The two
/// iterators differ only in how they read the next case.
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
    private readonly OshCase[] batch = new OshCase[BatchSize];
    private readonly OshResult[] results = new OshResult[BatchSize];
    private readonly string operation;
    private readonly Activity? activity;
    private readonly long started = Stopwatch.GetTimestamp();
    private int count;
    private int taken;
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

    /// <summary>Whether another case may be read into the batch in hand.</summary>
    private bool WantsMore => count < BatchSize && !sourceEnded && sourceFailure is null;

    public static IEnumerable<OshResult> Enumerate(OshRuleSet rules, EvaluationDate date, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        using var run = new RosterRun(rules, date, progress, "OshRules.EvaluateMany", cancellationToken);
        using var source = cases.GetEnumerator();
        while (run.ReadBatch(source))
        {
            while (run.TryTake(out var result))
            {
                yield return result;
            }
        }

        run.Finish();
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
                while (run.TryTake(out var result))
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

    /// <summary>Reads up to a batch of cases and evaluates them; false when there were none left to read.</summary>
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

        return EvaluateBatch();
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
                if (!next.IsCompleted && count > 0)
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

        return EvaluateBatch();
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
            SourceFailed(new ArgumentNullException("cases", $"Case {done + count} is null."));
            return;
        }

        batch[count++] = @case;
    }

    private void SourceFailed(Exception ex) => sourceFailure = ExceptionDispatchInfo.Capture(ex);

    /// <summary>Evaluates the cases in hand; false when there are none (the source is exhausted or failed).</summary>
    private bool EvaluateBatch()
    {
        if (count == 0)
        {
            return false;
        }

        if (rules.Parallelism == 1 || count < ParallelFrom)
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = CaseRunner.Run(rules, date, batch[i], cancellationToken);
            }
        }
        else
        {
            Parallel.For(0, count, options, i => results[i] = CaseRunner.Run(rules, date, batch[i], cancellationToken));
        }

        return true;
    }

    /// <summary>The next result in input order, unless the batch is handed out; never one after cancellation.</summary>
    private bool TryTake(out OshResult result)
    {
        if (taken == count)
        {
            count = taken = 0;
            progress?.Report(new EvaluationProgress(done, failed));
            result = null!;
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        result = results[taken];
        results[taken] = null!;
        batch[taken] = null!;
        taken++;
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
}
