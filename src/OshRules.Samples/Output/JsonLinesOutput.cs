using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using OshRules.Evaluation;
using OshRules.Evaluation.Json;

namespace OshRules.Samples.Output;

/// <summary>
/// <c>--json</c>: the results as a result-lines file (<see cref="OshJsonLinesWriter"/>, which
/// <see cref="OshJson.ReadLines(Stream)"/> reads back), written on a thread of its own. Serializing is about as much work
/// as evaluating, so it runs beside the evaluation and the other outputs instead of after them; at most
/// <see cref="BatchesQueued"/> batches wait for it, so memory stays bounded however long the roster.
/// </summary>
internal sealed class JsonLinesOutput : IDisposable
{
    /// <summary>Results handed over at a time (serialized in parallel by the writer).</summary>
    private const int BatchSize = 256;

    /// <summary>Batches that may wait to be written before the evaluation waits for the file.</summary>
    private const int BatchesQueued = 4;

    private readonly OshJsonLinesWriter writer;
    private readonly BlockingCollection<OshResult[]> queue = new(BatchesQueued);
    private readonly CancellationTokenSource failed = new();
    private readonly Thread thread;
    private readonly List<OshResult> batch = new(BatchSize);
    private ExceptionDispatchInfo? failure;

    public JsonLinesOutput(Stream output)
    {
        writer = new OshJsonLinesWriter(output, leaveOpen: true);
        thread = new Thread(Drain) { IsBackground = true, Name = "--json writer" };
        thread.Start();
    }

    /// <summary>Adds the next result; throws the writer's failure (an <see cref="IOException"/>, say) once it has one.</summary>
    public void Add(OshResult result)
    {
        batch.Add(result);
        if (batch.Count == BatchSize)
        {
            Hand();
        }
    }

    /// <summary>Writes what is left and waits for the file; throws the writer's failure, if it had one.</summary>
    public void Complete()
    {
        if (batch.Count > 0)
        {
            Hand();
        }

        queue.CompleteAdding();
        thread.Join();
        failure?.Throw();
        writer.Flush();
    }

    /// <summary>Stops the writer after what it was given (the file is then discarded by its <see cref="OutputFile"/>).</summary>
    public void Dispose()
    {
        queue.CompleteAdding();
        thread.Join();
        queue.Dispose();
        failed.Dispose();
    }

    private void Hand()
    {
        try
        {
            queue.Add([.. batch], failed.Token);
        }
        catch (OperationCanceledException)
        {
            failure!.Throw();
        }

        batch.Clear();
    }

    private void Drain()
    {
        try
        {
            foreach (var results in queue.GetConsumingEnumerable())
            {
                writer.Write(results);
            }
        }
#pragma warning disable CA1031 // handed to the evaluating thread, which reports it as the output's failure
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(e);
            failed.Cancel();
        }
    }
}
