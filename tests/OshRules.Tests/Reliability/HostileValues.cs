using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Tests.Evaluation;

namespace OshRules.Tests.Reliability;

/// <summary>One generated argument: its value and, when the value must be refused, why.</summary>
/// <param name="Value">The value.</param>
/// <param name="MustReject">Why the value must be refused (e.g. "NaN"); null when it is plausible or doubtful.</param>
internal sealed record FuzzArg(object? Value, string? MustReject)
{
    public static FuzzArg Ok(object? value) => new(value, null);

    public static FuzzArg Bad(object? value, string why) => new(value, why);

    public override string ToString() => (MustReject is null ? string.Empty : $"[{MustReject}] ") + Describe(Value);

    private static string SafeCount(IEnumerable e)
    {
        try
        {
            var items = e.Cast<object?>().ToList();
            return items.All(i => i is null || i.GetType().Assembly == HostileValues.Library) && items.Count <= 12
                ? $"[{string.Join("; ", items.Select(i => i?.ToString() ?? "null"))}]"
                : $"{e.GetType().Name}[{items.Count}]";
        }
        catch (InvalidOperationException)
        {
            return "default " + e.GetType().Name;
        }
    }

    private static string Describe(object? v) => v switch
    {
        null => "null",
        string s when s.Length > 40 => $"string({s.Length})",
        string s => $"\"{s}\"",
        System.Collections.Immutable.ImmutableArray<int> { IsDefault: true } => "default ImmutableArray",
        IEnumerable e and not string => SafeCount(e),
        _ => v.ToString() ?? v.GetType().Name,
    };
}

/// <summary>
/// FsCheck generators of hostile values per parameter type: NaN, ±∞, negatives, undefined enum values, default/min/max
/// dates, empty and 10,000-character strings, control characters, nulls where the type forbids them, unknown codes.
/// Values of library types are drawn from pools of instances built from plausible arguments.
/// </summary>
internal static class HostileValues
{
    public static readonly Assembly Library = typeof(OshRuleSet).Assembly;

    /// <summary>Worker keys shared by generated facts, so that facts of one case refer to each other.</summary>
    public static readonly string[] WorkerIds = ["W-1", "W-2"];

    /// <summary>A date never generated: reserved as the birth-date sentinel of the personal-data test.</summary>
    public static readonly DateOnly ReservedDate = new(1977, 7, 17);

    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly ConcurrentDictionary<Type, object[]> Pools = new();
    private static readonly ConcurrentDictionary<Type, object[]> Harvest = new();

    /// <summary>A generator of the arguments of <paramref name="method"/> (a constructor or a static method).</summary>
    public static Gen<FuzzArg[]> ArgumentsOf(MethodBase method) =>
        Gen.CollectToArray(method.GetParameters().Select(p => ForParameter(p)));

    /// <summary>A generator for one parameter, honouring its declared nullability.</summary>
    public static Gen<FuzzArg> ForParameter(ParameterInfo p)
    {
        var type = p.ParameterType;
        var nullable = Nullable.GetUnderlyingType(type) is not null
            || (!type.IsValueType && Nullability.Create(p).WriteState == NullabilityState.Nullable);
        // The name steers plausible strings: CAS numbers for CasNumber's own methods, item keys for codes.
        var hint = p.Member.DeclaringType == typeof(global::OshRules.MaternalProtection.CasNumber) ? "cas " + p.Name : p.Name ?? "?";
        return For(type, nullable, hint);
    }

    /// <summary>A generator of values of <paramref name="type"/>; hostile values are flagged when they must be refused.</summary>
    public static Gen<FuzzArg> For(Type type, bool nullable, string name)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Gen.Frequency((1, Gen.Constant(FuzzArg.Ok(null))), (4, For(inner, false, name)));
        }

        var gen = Core(type, name);
        if (type.IsValueType)
        {
            return gen;
        }

        var nullArg = nullable ? FuzzArg.Ok(null) : FuzzArg.Bad(null, "null");
        return Gen.Frequency((1, Gen.Constant(nullArg)), (8, gen));
    }

    private static Gen<FuzzArg> Core(Type type, string name)
    {
        if (type == typeof(string))
        {
            return Strings(name);
        }

        if (type == typeof(DateOnly))
        {
            return Dates();
        }

        if (type == typeof(double))
        {
            return Gen.Frequency(
                (6, Gen.Choose(0, 200_000).Select(i => FuzzArg.Ok(i / 100.0))),
                (1, Gen.Elements(
                    FuzzArg.Bad(double.NaN, "NaN"), FuzzArg.Bad(double.PositiveInfinity, "+inf"), FuzzArg.Bad(double.NegativeInfinity, "-inf"),
                    FuzzArg.Bad(-1.0, "negative"), FuzzArg.Bad(-0.001, "negative"), FuzzArg.Bad(double.MinValue, "negative"),
                    FuzzArg.Ok(double.MaxValue), FuzzArg.Ok(double.Epsilon), FuzzArg.Ok(1e15))));
        }

        if (type == typeof(decimal))
        {
            return Gen.Frequency(
                (6, Gen.Choose(0, 100_000).Select(i => FuzzArg.Ok(i / 100m))),
                (1, Gen.Elements(
                    FuzzArg.Bad(-1m, "negative"), FuzzArg.Bad(-0.01m, "negative"), FuzzArg.Bad(decimal.MinValue, "negative"),
                    FuzzArg.Ok(decimal.MaxValue), FuzzArg.Ok(0.0000001m), FuzzArg.Ok(1_000_000m))));
        }

        if (type == typeof(int))
        {
            return Gen.Frequency(
                (3, Gen.Choose(0, 5).Select(i => FuzzArg.Ok(i))),
                (3, Gen.Choose(0, 120).Select(i => FuzzArg.Ok(i))),
                (1, Gen.Elements(
                    FuzzArg.Bad(-1, "negative"), FuzzArg.Bad(int.MinValue, "negative"),
                    FuzzArg.Ok(int.MaxValue), FuzzArg.Ok(1_000_000), FuzzArg.Ok(101), FuzzArg.Ok(0))));
        }

        if (type == typeof(bool))
        {
            return Gen.Elements(FuzzArg.Ok(true), FuzzArg.Ok(false));
        }

        if (type.IsEnum)
        {
            return Enums(type);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var def
            && (def == typeof(IEnumerable<>) || def == typeof(IReadOnlyList<>) || def == typeof(IReadOnlyCollection<>) || def == typeof(IList<>)))
        {
            return Sequences(type.GetGenericArguments()[0], name);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            var create = typeof(System.Collections.Immutable.ImmutableArray).GetMethods()
                .Single(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(element);
            var items = Sequences(element, name).Select(a => a with { Value = create.Invoke(null, [a.Value]) });
            return Gen.Frequency((8, items), (1, Gen.Constant(FuzzArg.Bad(Activator.CreateInstance(type), "default ImmutableArray"))));
        }

        if (type.IsArray)
        {
            return Sequences(type.GetElementType()!, name);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return Dictionaries(type.GetGenericArguments()[0], type.GetGenericArguments()[1], name);
        }

        if (type == typeof(object))
        {
            return Gen.Elements(PoolOf(typeof(Worker))).Select(FuzzArg.Ok);
        }

        if (type.Assembly == Library)
        {
            var pool = PoolOf(type);
            var gen = Gen.Elements(pool).Select(FuzzArg.Ok);
            if (type.IsValueType)
            {
                // default(T) bypasses the constructor: it must still be a clear error or a correct result.
                return Gen.Frequency((8, gen), (1, Gen.Constant(FuzzArg.Ok(Activator.CreateInstance(type)))));
            }

            return gen;
        }

        throw new NotSupportedException($"No hostile-value generator for parameter type {type} ({name}); add one to {nameof(HostileValues)}.");
    }

    private static Gen<FuzzArg> Strings(string name)
    {
        var plausible = name.Contains("cas", StringComparison.OrdinalIgnoreCase)
            ? Gen.Elements("109-86-4", "7439-92-1", "50-00-0", "7718-54-9", "64-17-5")
            : name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("code", StringComparison.OrdinalIgnoreCase)
                ? Gen.Elements("Physical-1", "Physical-5", "Chemical-1", "Biological-2", "GEN-1")
                : Gen.Elements([.. WorkerIds, "C-1", "GEN-ZH-1", "1-2", "操作", "x"]);
        return Gen.Frequency(
            (6, plausible.Select(FuzzArg.Ok)),
            (1, Gen.Elements(
                FuzzArg.Bad(string.Empty, "empty"), FuzzArg.Bad("   ", "blank"), FuzzArg.Bad(new string('x', 10_000), "10,000 chars"),
                FuzzArg.Bad("W\u0000-1", "control char"), FuzzArg.Bad("\u001b[2J", "control char"), FuzzArg.Bad("W-1\r\nX", "control char"),
                FuzzArg.Ok("999-99-9"), FuzzArg.Ok("0000000-00-0"), FuzzArg.Ok("Unknown-99"), FuzzArg.Ok("\uD800"), FuzzArg.Ok("👷"))));
    }

    private static Gen<FuzzArg> Dates()
    {
        var earliest = CivilCode.EarliestSupportedDate;
        var latest = CivilCode.LatestSupportedDate;
        return Gen.Frequency(
            (6, Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber).Where(n => n != ReservedDate.DayNumber).Select(n => FuzzArg.Ok(DateOnly.FromDayNumber(n)))),
            (1, Gen.Elements(
                FuzzArg.Bad(DateOnly.MinValue, "DateOnly.MinValue"), FuzzArg.Bad(DateOnly.MaxValue, "DateOnly.MaxValue"),
                FuzzArg.Bad(default(DateOnly), "default date"), FuzzArg.Bad(earliest.AddDays(-1), "before supported"),
                FuzzArg.Bad(latest.AddDays(1), "after supported"), FuzzArg.Ok(earliest), FuzzArg.Ok(latest),
                FuzzArg.Ok(new DateOnly(2024, 2, 29)), FuzzArg.Ok(new DateOnly(1912, 1, 1)))));
    }

    private static Gen<FuzzArg> Enums(Type type)
    {
        var values = Enum.GetValues(type).Cast<object>().ToArray();
        var numbers = values.Select(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var flags = type.IsDefined(typeof(FlagsAttribute));
        var mask = numbers.Aggregate(0L, (a, b) => a | b);
        var max = numbers.Length == 0 ? 0 : numbers.Max();
        var undefined = new List<long> { max + 1, max + 1000, -1, int.MinValue }
            .Where(n => flags ? (n & ~mask) != 0 : !numbers.Contains(n))
            .Select(n => FuzzArg.Bad(Enum.ToObject(type, n), "undefined enum"))
            .ToArray();
        var defined = flags
            ? Gen.ListOf(Gen.Elements(numbers)).Select(l => FuzzArg.Ok(Enum.ToObject(type, l.Aggregate(0L, (a, b) => a | b))))
            : Gen.Elements(values).Select(FuzzArg.Ok);
        return Gen.Frequency((6, defined), (1, Gen.Elements(undefined)));
    }

    private static Gen<FuzzArg> Sequences(Type element, string name)
    {
        var item = For(element, false, name + "[]");
        return Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(item, n)).Select(items =>
        {
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Value is null && element.IsValueType)
                {
                    items[i] = FuzzArg.Ok(Activator.CreateInstance(element));
                }

                array.SetValue(items[i].Value, i);
            }

            var bad = items.Select(a => a.MustReject).FirstOrDefault(r => r is not null);
            return new FuzzArg(array, bad is null ? null : "element " + bad);
        });
    }

    private static Gen<FuzzArg> Dictionaries(Type key, Type value, string name)
    {
        var dictType = typeof(Dictionary<,>).MakeGenericType(key, value);
        Gen<FuzzArg[]> Entries(int n) => Gen.ArrayOf(For(key, false, name + ".Key").Zip(For(value, false, name + ".Value"), (k, v) => new[] { k, v }).Select(kv => kv), n)
            .Select(pairs => pairs.SelectMany(p => p).ToArray());

        // Mostly complete dictionaries (every enum key present), sometimes partial or hostile ones.
        Gen<FuzzArg> complete = key.IsEnum
            ? Gen.CollectToArray(Enum.GetValues(key).Cast<object>().Select(k => For(value, false, name + ".Value").Select(v => (k, v)))).Select(kvs =>
            {
                var d = (IDictionary)Activator.CreateInstance(dictType)!;
                foreach (var (k, v) in kvs)
                {
                    d[k] = v.Value;
                }

                var bad = kvs.Select(kv => kv.v.MustReject).FirstOrDefault(r => r is not null);
                return new FuzzArg(d, bad is null ? null : "value " + bad);
            })
            : Gen.Constant(FuzzArg.Ok(Activator.CreateInstance(dictType)));
        var random = Gen.Choose(0, 6).SelectMany(Entries).Select(flat =>
        {
            var d = (IDictionary)Activator.CreateInstance(dictType)!;
            string? bad = null;
            for (var i = 0; i + 1 < flat.Length; i += 2)
            {
                if (flat[i].Value is null)
                {
                    continue;
                }

                if ((flat[i + 1].Value is null && value.IsValueType) || d.Contains(flat[i].Value!))
                {
                    continue;
                }

                d[flat[i].Value!] = flat[i + 1].Value;
                bad ??= flat[i].MustReject ?? flat[i + 1].MustReject;
            }

            return new FuzzArg(d, bad is null ? null : "entry " + bad);
        });
        return Gen.Frequency((3, complete), (2, random));
    }

    /// <summary>Instances of a library type built from plausible arguments (or harvested from rule output).</summary>
    public static object[] PoolOf(Type type) => Pools.GetOrAdd(type, BuildPool);

    private static object[] BuildPool(Type type)
    {
        if (type.IsInterface || type.IsAbstract)
        {
            var concrete = Library.GetExportedTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t)).SelectMany(PoolOf).ToArray();
            return concrete.Length > 0 ? concrete : throw new NotSupportedException($"No instance of {type} can be built.");
        }

        // Conclusions (they carry their legal basis) come from the rules themselves.
        var found = type.GetProperty("Basis") is not null ? HarvestedConclusions(type).ToList() : [];
        foreach (var ctor in found.Count > 0 ? [] : type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).ToArray())
        {
            if (ctor.GetParameters().Any(p => p.ParameterType.Assembly != Library && p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)))
            {
                continue;
            }

            // Plausible values may still break a cross-field rule: sample until enough instances are built.
            for (var round = 0; round < 25 && found.Count < 40; round++)
            {
                foreach (var args in FuzzHarness.Sample(PlausibleArgs(ctor), $"pool {ctor} round {round}", 400))
                {
                    try
                    {
                        found.Add(ctor.Invoke(args.Select(a => a.Value).ToArray()));
                    }
                    catch (TargetInvocationException)
                    {
                    }
                }
            }

            if (found.Count > 0)
            {
                break;
            }
        }

        if (found.Count == 0)
        {
            found.AddRange(HarvestedConclusions(type));
        }

        if (found.Count == 0)
        {
            foreach (var factory in Library.GetExportedTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                         .Where(m => m.ReturnType == type && !m.IsGenericMethodDefinition))
            {
                for (var round = 0; round < 25 && found.Count < 20; round++)
                {
                    foreach (var args in FuzzHarness.Sample(PlausibleArgs(factory), $"pool {factory} round {round}", 200))
                    {
                        try
                        {
                            found.Add(factory.Invoke(null, args.Select(a => a.Value).ToArray())!);
                        }
                        catch (TargetInvocationException)
                        {
                        }
                    }
                }
            }
        }

        return found.Count > 0 ? [.. found.Distinct()] : throw new NotSupportedException($"No instance of {type} can be built.");
    }

    private static Gen<FuzzArg[]> PlausibleArgs(MethodBase method) =>
        Gen.CollectToArray(method.GetParameters().Select(p => ForParameter(p).Where(a => a.MustReject is null && (a.Value is not null || IsNullable(p)))));

    private static bool IsNullable(ParameterInfo p) =>
        Nullable.GetUnderlyingType(p.ParameterType) is not null || (!p.ParameterType.IsValueType && Nullability.Create(p).WriteState == NullabilityState.Nullable);

    /// <summary>Conclusions of <paramref name="type"/> produced by the default rules over the all-family fixture at various dates.</summary>
    private static IEnumerable<object> HarvestedConclusions(Type type)
    {
        var all = Harvest.GetOrAdd(typeof(object), _ =>
        {
            var rules = OshRuleSet.CreateDefault();
            var list = new List<object>();
            for (var year = 2027; year <= 2036; year++)
            {
                var result = rules.Evaluate(new DateOnly(year, 3, 1), EvaluationFixtures.WorkerTouchingAllFamilies());
                list.AddRange(result.Conclusions);
                list.AddRange(result.Conclusions.SelectMany(c => c.GetType().GetProperties().Select(p => p.GetValue(c)).OfType<object>()));
            }

            return [.. list];
        });
        return all.Where(type.IsInstanceOfType);
    }
}
