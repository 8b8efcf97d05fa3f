using System.Collections.Concurrent;
using System.Text.Json;

namespace OshRules.Evaluation.Json;

/// <summary>
/// The definitions of one result-lines file: the citations, amendment notices, rule texts and settings its results refer
/// to by number. The writer numbers each distinct value once (by value equality, from any thread) and records which
/// numbers each line uses, so that their definitions are written before it; the reader learns them line by line.
/// </summary>
/// <remarks>
/// The converters that write and read the numbers (<see cref="LineReferenceConverter{T}"/>) find the file's definitions
/// through <see cref="Enter"/>, set on the thread that serializes or reads a line: System.Text.Json gives a converter no
/// other state than the options, which are shared by every file.
/// </remarks>
internal sealed class LineDefinitions
{
    [ThreadStatic]
    private static LineDefinitions? current;

    [ThreadStatic]
    private static List<int>? used;

    /// <summary>
    /// How many instances <see cref="byReference"/> holds at most: a file's few hundred definitions, with room for the
    /// first of the values that are made anew per result.
    /// </summary>
    private const int ReferenceCacheLimit = 4096;

    private readonly ConcurrentDictionary<(LineDefinitionKind Kind, object Value), int> numbers = new();

    // Notices, rule texts and settings, and many citations, are the same instances in every result: found by reference,
    // they are not hashed by value (a citation's hash reads its law's names). Some citations are made anew for each
    // result; they fill the cache up to its bound and are then found by value, so the cache never grows with the file.
    private readonly ConcurrentDictionary<ReferenceKey, int> byReference = new();
    private readonly ConcurrentDictionary<int, (LineDefinitionKind Kind, object Value)> values = new();
    private int next;
    private int referenced;

    /// <summary>The value defined under a number, and its kind; the number must be defined.</summary>
    public (LineDefinitionKind Kind, object Value) this[int number] => values[number];

    /// <summary>
    /// The number of a value within the file being written on this thread, numbering it if it is new, and records that
    /// the line being serialized uses it. The value is its own identity (<see cref="Reference{TState}"/>).
    /// </summary>
    public static int Reference(LineDefinitionKind kind, object value) => Reference(kind, value, null, value, static v => v);

    /// <summary>
    /// The number of a value within the file being written on this thread, numbering it if it is new, and records that
    /// the line being serialized uses it.
    /// </summary>
    /// <param name="kind">What the value is.</param>
    /// <param name="first">
    /// The instance that identifies the value by reference, with <paramref name="second"/>: the value itself, or for a value
    /// made anew for each result (a rule text, the settings' document) the instances it is made from.
    /// </param>
    /// <param name="second">The second identifying instance, if any.</param>
    /// <param name="state">What <paramref name="value"/> makes the value from.</param>
    /// <param name="value">Makes the value, compared by value equality, when the identity is not known yet.</param>
    public static int Reference<TState>(LineDefinitionKind kind, object first, object? second, TState state, Func<TState, object> value)
    {
        var definitions = Current();
        var key = new ReferenceKey(kind, first, second);
        if (!definitions.byReference.TryGetValue(key, out var number))
        {
            number = definitions.Number(kind, value(state));
            if (Volatile.Read(ref definitions.referenced) < ReferenceCacheLimit && definitions.byReference.TryAdd(key, number))
            {
                Interlocked.Increment(ref definitions.referenced);
            }
        }

        (used ?? throw new InvalidOperationException("A result line is being read, not written.")).Add(number);
        return number;
    }

    private int Number(LineDefinitionKind kind, object value)
    {
        var number = numbers.GetOrAdd((kind, value), static (_, d) => Interlocked.Increment(ref d.next) - 1, this);
        values.TryAdd(number, (kind, value));
        return number;
    }

    /// <summary>The value a number names within the file being read on this thread.</summary>
    /// <exception cref="JsonException">No earlier line defines the number as a value of this kind.</exception>
    public static object Resolve(LineDefinitionKind kind, int number)
    {
        if (Current().values.TryGetValue(number, out var definition) && definition.Kind == kind)
        {
            return definition.Value;
        }

        throw new JsonException($"The line refers to {Name(kind)} {number}, which no earlier line defines.");
    }

    /// <summary>Learns a definition line's value (reader).</summary>
    /// <exception cref="JsonException">The number is already defined.</exception>
    public void Define(LineDefinitionKind kind, int number, object value)
    {
        if (!values.TryAdd(number, (kind, value)))
        {
            throw new JsonException($"{Name(kind)} {number} is defined twice.");
        }
    }

    /// <summary>
    /// Makes this file's definitions the ones the converters use on this thread until the scope is disposed; a writer
    /// passes the list that collects the numbers the line uses, a reader none.
    /// </summary>
    public Scope Enter(List<int>? usedByLine)
    {
        current = this;
        used = usedByLine;
        return default;
    }

    /// <summary>The name of a kind as a definition line writes it (<c>"define": "citation"</c>).</summary>
    public static string Name(LineDefinitionKind kind) => kind switch
    {
        LineDefinitionKind.Citation => "citation",
        LineDefinitionKind.Amendment => "amendment",
        LineDefinitionKind.Rule => "rule",
        LineDefinitionKind.Settings => "settings",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind a definition line names (<see cref="Name"/> read back); false for any other name.</summary>
    public static bool TryKind(string? name, out LineDefinitionKind kind)
    {
        foreach (var candidate in Enum.GetValues<LineDefinitionKind>())
        {
            if (Name(candidate) == name)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static LineDefinitions Current() =>
        current ?? throw new InvalidOperationException("Result-line references are written and read only by OshJsonLinesWriter and OshJson.ReadLines.");

    /// <summary>A value's kind and the instances that identify it, compared by reference.</summary>
    private readonly record struct ReferenceKey(LineDefinitionKind Kind, object First, object? Second)
    {
        public bool Equals(ReferenceKey other) =>
            Kind == other.Kind && ReferenceEquals(First, other.First) && ReferenceEquals(Second, other.Second);

        public override int GetHashCode() =>
            HashCode.Combine(Kind, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(First), Second is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Second));
    }

    /// <summary>Ends <see cref="Enter"/> on this thread.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose()
        {
            current = null;
            used = null;
        }
    }
}
