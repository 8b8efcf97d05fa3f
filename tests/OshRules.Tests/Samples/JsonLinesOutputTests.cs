using OshRules.Evaluation;
using OshRules.Evaluation.Json;
using OshRules.Samples.Output;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.Samples;

/// <summary>The sample's <c>--json</c> written on a thread of its own: every result, in order, and its failures reported.</summary>
public sealed class JsonLinesOutputTests
{
    private static readonly Lazy<IReadOnlyList<OshResult>> Results = new(() =>
        [.. OshRuleSet.CreateDefault().EvaluateMany(EvaluationFixtures.AsOf, Enumerable.Range(0, 600).Select(i =>
            OshCase.Of($"C{i}", EvaluationFixtures.WorkerTouchingAllFamilies($"W-{i}"))))]);

    [Fact]
    public void Every_result_is_written_in_order_across_many_batches()
    {
        using var file = new MemoryStream();
        using (var json = new JsonLinesOutput(file))
        {
            foreach (var result in Results.Value)
            {
                json.Add(result);
            }

            json.Complete();
        }

        file.Position = 0;
        Assert.Equal(Results.Value, OshJson.ReadLines(file).ToList());
    }

    [Fact]
    public void A_failure_of_the_file_reaches_the_evaluating_thread()
    {
        var file = new FailingStream(failAfter: 100_000);
        var json = new JsonLinesOutput(file);

        var e = Assert.Throws<IOException>(() =>
        {
            foreach (var result in Enumerable.Repeat(Results.Value, 20).SelectMany(r => r))
            {
                json.Add(result);
            }

            json.Complete();
        });

        Assert.Equal("No space left on device", e.Message);
        json.Dispose();
    }

    [Fact]
    public void Disposing_without_completing_writes_what_was_handed_over_and_stops()
    {
        // What a failed run does: the file is discarded, but the writer must end, not wait for more.
        using var file = new MemoryStream();
        var json = new JsonLinesOutput(file);
        foreach (var result in Results.Value.Take(300))
        {
            json.Add(result);
        }

        json.Dispose();

        file.Position = 0;
        Assert.Equal(Results.Value.Take(256), OshJson.ReadLines(file).ToList());
    }

    /// <summary>A file that fills up: writing past <c>failAfter</c> bytes throws as a full disk does.</summary>
    private sealed class FailingStream(long failAfter) : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer.ToArray(), 0, buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            base.Write(buffer, offset, count);
        }

        private void Check(int count)
        {
            if (Length + count > failAfter)
            {
                throw new IOException("No space left on device");
            }
        }
    }
}
