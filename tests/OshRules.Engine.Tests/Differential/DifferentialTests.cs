using FsCheck.Xunit;
using NRules.RuleModel;

namespace OshRules.Engine.Tests.Differential;

/// <summary>
/// OshRules.Engine against NRules' own runtime: generated rule sets (every supported element of the rule model) and
/// generated sequences of inserts, updates, retractions and firings; both runtimes must let a caller observe exactly
/// the same things — events in the same order with the same facts, the same results and exceptions, the same facts in
/// working memory.
/// </summary>
public sealed class DifferentialTests
{
    /// <summary>How many scenarios the property runs (<c>OSHRULES_DIFF_RUNS</c> raises it for a long run).</summary>
    public const int Runs = 300;

    [Property(MaxTest = Runs, Arbitrary = [typeof(ScenarioArbitraries)])]
    public void Both_runtimes_let_a_caller_observe_the_same_things(Scenario scenario) => AssertSame(scenario);

    internal static void AssertSame(Scenario scenario)
    {
        List<string> expected = Recorder.Run(rules => new NRules.RuleCompiler().Compile(rules), scenario);
        List<string> actual = Recorder.Run(rules => new RuleCompiler().Compile(rules), scenario);
        int at = 0;
        while (at < expected.Count && at < actual.Count && expected[at] == actual[at])
        {
            at++;
        }

        if (at < expected.Count || at < actual.Count)
        {
            string context = string.Join("\n", expected.Skip(Math.Max(0, at - 8)).Take(8));
            Assert.Fail($"{scenario}\nThe runtimes part at line {at}.\nBefore:\n{context}\nNRules: {(at < expected.Count ? expected[at] : "(end)")}\nEngine: {(at < actual.Count ? actual[at] : "(end)")}");
        }
    }
}
