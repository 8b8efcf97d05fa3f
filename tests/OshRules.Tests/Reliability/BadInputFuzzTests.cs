using System.Diagnostics;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using OshRules.Common;
using NRules.Fluent.Dsl;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Tests.Evaluation;
using Xunit.Abstractions;

namespace OshRules.Tests.Reliability;

/// <summary>
/// RELIABILITY.md, guarantee 1: bad input is always a clear error. Every public fact constructor (found by reflection), every
/// public calculator, <c>Evaluate</c> and <c>EvaluateMany</c> are fed 10,000 generated cases mixing plausible and
/// hostile values; the only outcomes allowed are a result (when no value had to be refused), an
/// <see cref="OshValidationException"/> naming field and rule, or an <see cref="ArgumentNullException"/> for a null.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class BadInputFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] FamilyNamespaces =
        ["OshRules.Common", "OshRules.HealthExams", "OshRules.Ergonomics", "OshRules.MaternalProtection", "OshRules.Training"];

    /// <summary>Parameters of a constructor that the law orders: the second must not precede the first.</summary>
    private static readonly (Type Type, string Earlier, string Later)[] OrderedDates =
    [
        (typeof(Worker), "birthDate", "hireDate"),
        (typeof(SpecialHazardAssignment), "since", "until"),
        (typeof(MaternalStatus), "pregnantSince", "deliveredOn"),
        (typeof(MaternalStatus), "pregnantSince", "employerNotifiedOn"),
    ];

    /// <summary>
    /// Public types with constructors that are not input: the library's own reference data, law-parameter values and
    /// parts of conclusions. Every other public type of the families is fuzzed, so a new fact type cannot be forgotten.
    /// </summary>
    private static readonly Type[] NotInput =
    [
        typeof(global::OshRules.MaternalProtection.ChecklistItem), typeof(ReproductiveToxicant), // reference data built by the library
        typeof(ChemicalLimit), typeof(HandlingWeightLimit), typeof(global::OshRules.Training.InServiceRequirement), // values of law parameters
        typeof(ExamStatus), typeof(global::OshRules.Ergonomics.NmqTable5), typeof(global::OshRules.Ergonomics.NmqTable2), // parts of conclusions
    ];

    /// <summary>The public types whose constructors take input: facts and their parts, options, calendars.</summary>
    internal static IReadOnlyList<Type> FactTypes { get; } = HostileValues.Library.GetExportedTypes()
        .Where(t => FamilyNamespaces.Contains(t.Namespace) && t is { IsAbstract: false, IsEnum: false, IsInterface: false }
            && !typeof(IOshConclusion).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t)
            && !typeof(Rule).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t) && t.GetProperty("Basis") is null && !NotInput.Contains(t)
            && t.GetConstructors().Any(c => c.GetParameters().Length > 0))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_public_fact_constructor_refuses_bad_input_clearly()
    {
        var clock = Stopwatch.StartNew();
        var tally = new FuzzTally();
        var ctors = FactTypes.SelectMany(t => t.GetConstructors()).Where(c => c.GetParameters().Length > 0).ToArray();
        Assert.Contains(ctors, c => c.DeclaringType == typeof(Worker));
        Assert.Contains(ctors, c => c.DeclaringType == typeof(EvaluationDate));
        foreach (var (type, earlier, later) in OrderedDates)
        {
            Assert.Contains(type.GetConstructors().SelectMany(c => c.GetParameters()), p => p.Name == earlier);
            Assert.Contains(type.GetConstructors().SelectMany(c => c.GetParameters()), p => p.Name == later);
        }

        foreach (var ctor in ctors)
        {
            var names = ctor.GetParameters().Select(p => p.Name!).ToArray();
            var cases = FuzzHarness.Sample(HostileValues.ArgumentsOf(ctor), FuzzHarness.Describe(ctor), FuzzHarness.CasesPerEntryPoint);
            FuzzHarness.Run(tally, FuzzHarness.Describe(ctor), cases, v => FuzzHarness.Invoke(ctor, v), (args, _) => OrderProblem(ctor, names, args), names);
        }

        output.WriteLine($"Types: {string.Join(", ", FactTypes.Select(t => t.Name))}");
        tally.Report(output, "Constructors", clock);
        Assert.Equal(ctors.Length, tally.EntryPoints);
        Assert.True(tally.Cases >= (long)ctors.Length * FuzzHarness.CasesPerEntryPoint);
        Assert.Empty(tally.Unexpected);
    }

    [Fact]
    public void Every_public_init_property_refuses_bad_input_clearly()
    {
        var clock = Stopwatch.StartNew();
        var tally = new FuzzTally();
        var nullability = new NullabilityInfoContext();
        var properties = InitTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } set && set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .ToArray();
        Assert.Contains(properties, p => p.DeclaringType == typeof(global::OshRules.Ergonomics.NmqBasicData));
        foreach (var property in properties)
        {
            var type = property.ReflectedType!;
            var clone = type.GetMethod("<Clone>$");
            var pool = HostileValues.PoolOf(type);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.Nullable);
            var values = FuzzHarness.Sample(HostileValues.For(property.PropertyType, nullable, property.Name).Select(FreeText), $"{type.Name}.{property.Name} (init)", FuzzHarness.CasesPerEntryPoint);
            var cases = values.Select((v, i) => new[] { FuzzArg.Ok(pool[i % pool.Length]), v }).ToArray();
            FuzzHarness.Run(tally, $"{type.Name}.{property.Name} (init)", cases, v =>
            {
                // Like `instance with { Property = value }`: a copy, so the pooled instance is never changed.
                var target = clone is not null ? clone.Invoke(v[0], null)! : Activator.CreateInstance(type)!;
                try
                {
                    property.SetValue(target, v[1]);
                }
                catch (TargetInvocationException ex) when (ex.InnerException is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                }

                return target;
            }, names: ["instance", property.Name]);
        }

        tally.Report(output, "Init properties", clock);
        Assert.Equal(properties.Length, tally.EntryPoints);
        Assert.Empty(tally.Unexpected);

        // Free text may be blank or hold line breaks; only its length must be bounded.
        static FuzzArg FreeText(FuzzArg a) => a.Value is string && a.MustReject is not null && a.MustReject != "10,000 chars" ? FuzzArg.Ok(a.Value) : a;
    }

    /// <summary>Input types whose init-only properties are fuzzed: the fact types and the option records.</summary>
    private static IEnumerable<Type> InitTypes => HostileValues.Library.GetExportedTypes()
        .Where(t => FamilyNamespaces.Contains(t.Namespace) && t is { IsAbstract: false, IsEnum: false, IsInterface: false }
            && !typeof(IOshConclusion).IsAssignableFrom(t) && t.GetProperty("Basis") is null && !NotInput.Contains(t)
            && !typeof(Rule).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t)
            && t.GetConstructors().Length > 0)
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void Every_public_calculator_refuses_bad_input_clearly()
    {
        var clock = Stopwatch.StartNew();
        var tally = new FuzzTally();
        var methods = Calculators().ToArray();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var names = method.GetParameters().Select(p => p.Name!).ToArray();
            var cases = FuzzHarness.Sample(HostileValues.ArgumentsOf(method), FuzzHarness.Describe(method), FuzzHarness.CasesPerEntryPoint);
            FuzzHarness.Run(tally, FuzzHarness.Describe(method), cases, v => FuzzHarness.Invoke(method, v), names: names);
        }

        tally.Report(output, "Calculators", clock);
        Assert.Equal(methods.Length, tally.EntryPoints);
        Assert.Empty(tally.Unexpected);
    }

    [Fact]
    public void Evaluate_and_EvaluateMany_refuse_bad_input_clearly()
    {
        var clock = Stopwatch.StartNew();
        var tally = new FuzzTally();
        var rules = OshRuleSet.CreateDefault();
        var cases = FuzzHarness.Sample(FactSets(), "OshRuleSet.Evaluate", FuzzHarness.CasesPerEntryPoint);
        string[] names = ["asOf", "facts"];
        FuzzHarness.Run(tally, "OshRuleSet.Evaluate", cases, v =>
        {
            var result = rules.Evaluate((DateOnly)v[0]!, (IEnumerable<object>)v[1]!);
            _ = result.Explain(DisplayLanguage.ZhTw) + result.Explain(DisplayLanguage.English);
            return result;
        }, names: names);

        // EvaluateMany: the same fact sets as cases (built, deferred or known invalid) of one roster.
        var asOf = EvaluationFixtures.AsOf;
        var roster = cases.Select((c, i) => ToCase(i, c[1])).ToArray();
        var problems = new List<string>();
        var results = rules.EvaluateMany(asOf, roster.Select(r => r.Case)).ToList();
        if (results.Count != roster.Length)
        {
            problems.Add($"{results.Count} results for {roster.Length} cases");
        }

        for (var i = 0; i < Math.Min(results.Count, roster.Length); i++)
        {
            var (expectInvalid, @case) = roster[i];
            var r = results[i];
            if (r.CaseId != @case.CaseId)
            {
                problems.Add($"case {i}: result out of order");
            }
            else if (r.Error is { Kind: CaseErrorKind.RuleFailure } e)
            {
                problems.Add($"case {i}: rule failure {e.Rule}: {e.Message}");
            }
            else if (expectInvalid && r.Error is not { Kind: CaseErrorKind.InvalidInput, Field.Length: > 0 })
            {
                problems.Add($"case {i}: invalid input evaluated without a field error");
            }
            else
            {
                _ = r.Explain(DisplayLanguage.ZhTw) + r.Explain(DisplayLanguage.English) + r;
            }
        }

        tally.Add("OshRuleSet.EvaluateMany", roster.Length, results.Count(r => r.IsValid), results.Count(r => !r.IsValid), problems);
        tally.Report(output, "Facade", clock);
        Assert.Empty(tally.Unexpected);
    }

    /// <summary>The public calculators: every public static method of the families' static *Calculator and *Statistics classes, and CAS parsing.</summary>
    internal static IEnumerable<MethodInfo> Calculators() =>
        HostileValues.Library.GetExportedTypes()
            .Where(t => FamilyNamespaces.Contains(t.Namespace) && t is { IsAbstract: true, IsSealed: true }
                && (t.Name.EndsWith("Calculator", StringComparison.Ordinal) || t.Name.EndsWith("Statistics", StringComparison.Ordinal)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName)
            .Append(typeof(CasNumber).GetMethod(nameof(CasNumber.Parse))!)
            .OrderBy(FuzzHarness.Describe, StringComparer.Ordinal);

    /// <summary>Fact sets of one case: pooled facts of every type for two workers, the all-family fixture, nulls and stray objects.</summary>
    private static Gen<FuzzArg[]> FactSets()
    {
        var pooled = FactTypes.Select(HostileValues.PoolOf).ToArray();
        var fact = Gen.Frequency(
            (30, Gen.Elements(pooled).SelectMany(Gen.Elements).Select(FuzzArg.Ok)),
            (1, Gen.Constant(FuzzArg.Bad(null, "null fact"))),
            (1, Gen.Elements<object>("stray text", 42, new object()).Select(FuzzArg.Ok)));
        // One worker's case: a Worker W-1 and pooled facts that name W-1 or no worker, so that most of them are coherent.
        var worker = FuzzArg.Ok(new Worker("W-1", new DateOnly(1980, 5, 17), Sex.Female, new DateOnly(2005, 9, 1)));
        var oneWorker = Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(fact, n))
            .Select(extra => extra.Where(a => a.Value is not Worker && WorkerNamedBy(a.Value) is null or "W-1").Prepend(worker).ToArray());
        var facts = Gen.Frequency(
            (3, Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(fact, n))),
            (3, oneWorker),
            (1, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(fact, n)).Select(extra => EvaluationFixtures.WorkerTouchingAllFamilies("W-1").Select(FuzzArg.Ok).Concat(extra).ToArray())));
        // Two dates in three are ones every family covers (from 2023-06-21), so that most cases reach the rules; the rest
        // are hostile or uncovered dates, refused once per call.
        var covered = Gen.Choose(0, 365 * 12).Select(d => FuzzArg.Ok(FamilyCoverage.All.Max(c => c.From).AddDays(d)));
        var asOf = Gen.Frequency((1, HostileValues.For(typeof(DateOnly), false, "asOf")), (2, covered));
        return asOf.Zip(facts, (date, list) => new[]
        {
            date,
            new FuzzArg(list.Select(a => a.Value).ToList(), list.Select(a => a.MustReject).FirstOrDefault(m => m is not null)),
        });
    }

    internal static string? WorkerNamedBy(object? fact) =>
        fact is not null && CaseFactKind.ByType.TryGetValue(fact.GetType(), out var kind) && kind.Role != CaseFactRole.None ? kind.Key(fact) : null;

    private static (bool ExpectInvalid, OshCase Case) ToCase(int i, FuzzArg facts)
    {
        var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = (IEnumerable<object>)facts.Value!;
        return (i % 10) switch
        {
            0 => (true, OshCase.Invalid(id, new OshValidationException("Roster.Row", "roster", "could not be read"))),
            1 => (true, OshCase.Deferred(id, () => [new Worker(id, DateOnly.MinValue, Sex.Male)])),
            2 or 3 => (facts.MustReject is not null, OshCase.Deferred(id, () => list)),
            _ => (facts.MustReject is not null, OshCase.Of(id, list)),
        };
    }

    private static string? OrderProblem(ConstructorInfo ctor, string[] names, FuzzArg[] args)
    {
        foreach (var (type, earlier, later) in OrderedDates.Where(o => o.Type == ctor.DeclaringType))
        {
            var a = Array.IndexOf(names, earlier);
            var b = Array.IndexOf(names, later);
            if (a >= 0 && b >= 0 && args[a].Value is DateOnly first && args[b].Value is DateOnly second && second < first)
            {
                return $"accepted {later} before {earlier} on {type.Name}";
            }
        }

        return null;
    }
}
