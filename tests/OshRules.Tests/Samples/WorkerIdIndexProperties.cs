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
}
