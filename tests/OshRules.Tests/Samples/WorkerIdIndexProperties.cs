using FsCheck.Xunit;
using OshRules.Samples.Evaluation;

namespace OshRules.Tests.Samples;

public sealed class WorkerIdIndexProperties
{
    [Property(MaxTest = 200)]
    public bool The_index_answers_as_a_dictionary_of_first_lines_does(string[] ids, int salt)
    {
        // Few distinct ids (so repeats are common), of any characters, and enough of them to make the table grow.
        var pool = ids.Where(i => i is not null).Append("S0001").Append("陳").ToArray();
        var index = new WorkerIdIndex();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(salt);
        for (var line = 2; line < 3000; line++)
        {
            var id = pool[random.Next(pool.Length)] + (random.Next(4) == 0 ? line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            var expectedNew = reference.TryAdd(id, line);
            if (index.TryAdd(id, line, out var first) != expectedNew || first != reference[id])
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Ids_beyond_one_chunk_and_long_ids_are_found_again()
    {
        var index = new WorkerIdIndex();
        var longId = new string('x', 300);
        var hugeId = new string('y', 1_100_000);
        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(index.TryAdd("S" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), i + 2, out _));
        }

        Assert.True(index.TryAdd(longId, 300_000, out _));
        Assert.True(index.TryAdd(hugeId, 300_001, out _));
        Assert.True(index.TryAdd("after", 300_002, out _));
        for (var i = 0; i < 200_000; i += 997)
        {
            Assert.False(index.TryAdd("S" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), 1, out var first));
            Assert.Equal(i + 2, first);
        }

        Assert.False(index.TryAdd(longId, 1, out var l));
        Assert.Equal(300_000, l);
        Assert.False(index.TryAdd(hugeId, 1, out var h));
        Assert.Equal(300_001, h);
        Assert.False(index.TryAdd("after", 1, out var a));
        Assert.Equal(300_002, a);
    }
}
