using BenchmarkDotNet.Attributes;
using OshRules.Common;
using NRules;
using NRules.Fluent;
using OshRules.Evaluation;

namespace OshRules.Benchmarks.Facade;

/// <summary>
/// One worker touching all four families, to split the cost of an evaluation: the calculators (baseline), an empty
/// session of the full rule set, a bare session (insert, fire, query), and <see cref="OshRuleSet.Evaluate"/> (which adds
/// the explanation tracker and the result). Allocated bytes here are the allocations per evaluated worker.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Facade")]
public class SingleWorkerBenchmarks
{
    private readonly EvaluationDate asOf = new(SyntheticWorker.AsOf);
    private OshRuleSet rules = null!;
    private ISessionFactory factory = null!;
    private SyntheticWorker worker = null!;
    private List<object> facts = [];
    private object[] policies = [];

    /// <summary>Compiles the full rule set twice: once behind the facade, once bare.</summary>
    [GlobalSetup]
    public void Setup()
    {
        rules = OshRuleSet.CreateDefault();
        factory = FullRuleSet.Compile();
        worker = SyntheticWorker.Create(1);
        facts = worker.Facts();
        policies = [.. rules.Settings.Policies];
    }

    /// <summary>The plain calculators for the worker.</summary>
    /// <returns>The number of answers.</returns>
    [Benchmark(Baseline = true)]
    public int Calculators() => worker.Calculate(asOf);

    /// <summary>Creating a session of the full rule set, and nothing else.</summary>
    /// <returns>The session.</returns>
    [Benchmark]
    public ISession CreateSession() => factory.CreateSession();

    /// <summary>A bare session: insert the date, the options and the facts, fire, query the conclusions.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark]
    public int BareSession()
    {
        var session = factory.CreateSession();
        session.Insert(asOf);
        foreach (var policy in policies)
        {
            session.Insert(policy);
        }

        foreach (var fact in facts)
        {
            session.TryInsert(fact);
        }

        session.Fire();
        return session.Query<IOshConclusion>().Count();
    }

    /// <summary>The facade for one worker, with explanations.</summary>
    /// <returns>The number of conclusions.</returns>
    [Benchmark]
    public int Evaluate() => rules.Evaluate(SyntheticWorker.AsOf, facts).Conclusions.Count;
}
