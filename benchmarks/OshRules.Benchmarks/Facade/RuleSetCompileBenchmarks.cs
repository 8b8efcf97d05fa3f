using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// Compiling the built-in rules of the four families, loaded once (loading is the same work for both runtimes), into a
/// session factory of each runtime.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Facade")]
public class RuleSetCompileBenchmarks
{
    private RuleRepository repository = null!;

    /// <summary>Loads the rules.</summary>
    [GlobalSetup]
    public void Setup() => repository = FullRuleSet.Load();

    /// <summary>NRules' compiler (<c>repository.Compile()</c>).</summary>
    /// <returns>The factory.</returns>
    [Benchmark(Baseline = true)]
    public ISessionFactory OnNRules() => repository.Compile(RuleRuntime.NRules);

    /// <summary>OshRules.Engine's compiler (<c>repository.CompileWithEngine()</c>).</summary>
    /// <returns>The factory.</returns>
    [Benchmark]
    public ISessionFactory OnOshRulesEngine() => repository.Compile(RuleRuntime.OshRulesEngine);
}
