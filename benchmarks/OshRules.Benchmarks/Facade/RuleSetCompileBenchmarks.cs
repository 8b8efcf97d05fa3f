using BenchmarkDotNet.Attributes;
using NRules;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>Loading and compiling the full rule set of the four families (issue 6: about 50 rules in under 0.5 s).</summary>
[MemoryDiagnoser]
[BenchmarkCategory("Facade")]
[NoCalculatorBaseline("Compiling rules has no calculator counterpart; loading (reflection and Define) is the baseline.")]
public class RuleSetCompileBenchmarks
{
    /// <summary>Scanning the assembly and running every rule's Define, without compiling.</summary>
    /// <returns>The number of rules.</returns>
    [Benchmark(Baseline = true)]
    public int LoadOnly() => FullRuleSet.Load().GetRules().Count();

    /// <summary>Loading and compiling into a session factory.</summary>
    /// <returns>The factory.</returns>
    [Benchmark]
    public ISessionFactory LoadAndCompile() => FullRuleSet.Compile();

    /// <summary>What <c>OshRuleSet.Create</c> costs: options validation, load, compile.</summary>
    /// <returns>The rule set.</returns>
    [Benchmark]
    public OshRuleSet CreateRuleSet() => OshRuleSet.Create(new OshRulesOptions());
}
