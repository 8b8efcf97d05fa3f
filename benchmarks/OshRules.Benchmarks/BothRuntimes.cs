using NRules;
using NRules.RuleModel;
using OshRules.Evaluation;

namespace OshRules.Benchmarks;

/// <summary>
/// The same rules compiled on both runtimes: OshRules.Engine (<c>repository.CompileWithEngine()</c>) and NRules' own
/// (<c>repository.Compile()</c>), through the facade's own choice of runtime.
/// </summary>
/// <param name="Engine">The factory of OshRules.Engine.</param>
/// <param name="NRules">The factory of NRules' runtime.</param>
internal sealed record BothRuntimes(ISessionFactory Engine, ISessionFactory NRules)
{
    /// <summary>Compiles the rules of <paramref name="repository"/> on both runtimes.</summary>
    public static BothRuntimes Compile(IRuleRepository repository) =>
        new(repository.Compile(RuleRuntime.OshRulesEngine), repository.Compile(RuleRuntime.NRules));

    /// <summary>
    /// Runs <paramref name="run"/> on both factories and throws unless they give the same answer, so a benchmark never
    /// compares two runtimes doing different work.
    /// </summary>
    /// <typeparam name="T">The answer (a count).</typeparam>
    /// <param name="run">One operation of the benchmark.</param>
    /// <param name="what">The benchmark, for the message.</param>
    public void CheckAgree<T>(Func<ISessionFactory, T> run, string what)
    {
        var engine = run(Engine);
        var nrules = run(NRules);
        if (!EqualityComparer<T>.Default.Equals(engine, nrules))
        {
            throw new InvalidOperationException($"{what}: OshRules.Engine answers {engine}, NRules {nrules}.");
        }
    }
}
