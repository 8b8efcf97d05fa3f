using System.Diagnostics;
using System.Reflection;
using OshRules.Law;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>Tallies of one fuzzing run: entry points, cases and the unexpected outcomes with a sample of each.</summary>
internal sealed class FuzzTally
{
    private readonly object gate = new();
    private readonly List<string> unexpected = [];

    public int EntryPoints { get; private set; }

    public long Cases { get; private set; }

    public long Accepted { get; private set; }

    public long Refused { get; private set; }

    public IReadOnlyList<string> Unexpected => unexpected;

    public void Add(string entry, long cases, long accepted, long refused, IEnumerable<string> problems)
    {
        lock (gate)
        {
            EntryPoints++;
            Cases += cases;
            Accepted += accepted;
            Refused += refused;
            unexpected.AddRange(problems.Select(p => $"{entry} [seed {FuzzHarness.Seed}]: {p}"));
        }
    }

    private static string Kind(string u)
    {
        var head = u.Split(" | args")[0];
        var cut = head.IndexOfAny([':', ' ', '(' ], head.IndexOf(": ", StringComparison.Ordinal) + 2);
        var firstWords = string.Join(' ', head.Split(' ').Take(5));
        return u.Split(':')[0] + " " + firstWords + (cut > 0 ? string.Empty : string.Empty);
    }

    public void Report(ITestOutputHelper output, string what, Stopwatch clock)
    {
        output.WriteLine($"{what}: entry points fuzzed {EntryPoints}, cases tried {Cases}, accepted {Accepted}, refused {Refused}, unexpected outcomes {Unexpected.Count} ({clock.Elapsed.TotalSeconds:F1} s); seed {FuzzHarness.Seed} (replay with {FuzzHarness.SeedVariable}={FuzzHarness.Seed})");
        foreach (var line in Unexpected.GroupBy(u => Kind(u)).OrderBy(g => g.Key, StringComparer.Ordinal).Take(200))
        {
            output.WriteLine($"  x{line.Count()} {line.First()[..Math.Min(line.First().Length, 1500)]}");
        }
    }
}

/// <summary>Runs one entry point over generated arguments and judges each outcome.</summary>
internal static class FuzzHarness
{
    public const int CasesPerEntryPoint = 10_000;

    /// <summary>The environment variable that replays a fuzzing run: set it to the seed a report printed.</summary>
    public const string SeedVariable = "OSHRULES_FUZZ_SEED";

    /// <summary>
    /// The seed of this test run: <see cref="SeedVariable"/> when set, otherwise drawn once per process. Every report and
    /// every unexpected outcome prints it; each entry point derives its own stream from it and its name, so one entry
    /// point replays the same cases whatever else runs.
    /// </summary>
    public static ulong Seed { get; } = ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var fixedSeed)
        ? fixedSeed
        : (ulong)System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>Draws <paramref name="count"/> values of <paramref name="gen"/> from the stream of <paramref name="entry"/>.</summary>
    public static IReadOnlyList<T> Sample<T>(FsCheck.Gen<T> gen, string entry, int count) =>
        FsCheck.Fluent.Gen.Sample(gen, count, new FsCheck.Rnd(Seed ^ StableHash(entry), 0x9E3779B97F4A7C15UL), 50);

    // string.GetHashCode differs between processes; a replay needs the same number every time.
    private static ulong StableHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Invokes <paramref name="invoke"/> on each argument set. Allowed: a result (only when no argument must be refused,
    /// and <paramref name="check"/> finds nothing wrong with it), an <see cref="OshValidationException"/> naming its field
    /// and rule, or an <see cref="ArgumentNullException"/> when an argument holds a null.
    /// </summary>
    public static void Run(FuzzTally tally, string entry, IReadOnlyList<FuzzArg[]> cases, Func<object?[], object?> invoke, Func<FuzzArg[], object?, string?>? check = null, string[]? names = null)
    {
        var problems = new List<string>();
        long accepted = 0, refused = 0;
        var work = Task.Run(() =>
        {
            foreach (var args in cases)
            {
                var values = args.Select(a => a.Value).ToArray();
                string? problem;
                try
                {
                    var result = invoke(values);
                    accepted++;
                    var bad = Array.FindIndex(args, a => a.MustReject is not null);
                    problem = bad >= 0
                        ? $"accepted {args[bad].MustReject} for {NameOf(names, bad)}"
                        : check?.Invoke(args, result);
                    _ = result?.ToString();
                }
                catch (OshValidationException ex)
                {
                    refused++;
                    problem = string.IsNullOrWhiteSpace(ex.Field) || string.IsNullOrWhiteSpace(ex.Rule) || !ex.Message.Contains(ex.Field, StringComparison.Ordinal)
                        ? $"validation error without field or rule: {ex.Message}"
                        : null;
                }
                catch (ArgumentNullException ex)
                {
                    refused++;
                    problem = ex.ParamName is null || !args.Any(a => HoldsNull(a.Value))
                        ? $"ArgumentNullException({ex.ParamName}) without a null argument"
                        : null;
                }
#pragma warning disable CA1031 // every other exception is the finding being counted
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    problem = $"{ex.GetType().Name}: {ex.Message} {ex.InnerException?.GetType().Name} {ex.InnerException?.Message} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                }

                if (problem is not null)
                {
                    problems.Add($"{problem} | args: {string.Join(", ", args.Select((a, i) => $"{NameOf(names, i)}={a}"))}");
                }
            }
        });
        if (!work.Wait(HangLimit))
        {
            problems.Add($"hang: not finished within {HangLimit.TotalSeconds} s");
        }

        tally.Add(entry, cases.Count, accepted, refused, problems);
    }

    public static object? Invoke(MethodBase method, object?[] values) => method switch
    {
        ConstructorInfo c => c.Invoke(BindingFlags.DoNotWrapExceptions, null, values, null),
        MethodInfo m => m.Invoke(null, BindingFlags.DoNotWrapExceptions, null, values, null),
        _ => throw new NotSupportedException(),
    };

    public static string Describe(MethodBase method) =>
        $"{method.DeclaringType!.Name}.{(method is ConstructorInfo ? "ctor" : method.Name)}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    private static string NameOf(string[]? names, int i) => names is not null && i < names.Length ? names[i] : $"#{i}";

    private static bool HoldsNull(object? value)
    {
        try
        {
            return value is null || (value is System.Collections.IEnumerable e and not string && e.Cast<object?>().Any(x => x is null));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
