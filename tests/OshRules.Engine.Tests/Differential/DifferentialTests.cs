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
    /// <summary>How many scenarios each property runs in CI; a long run raises it here (20,000: see the engine README).</summary>
    public const int Runs = 300;

    [Property(MaxTest = Runs, Arbitrary = [typeof(ScenarioArbitraries)])]
    public void Both_runtimes_let_a_caller_observe_the_same_things(Scenario scenario) => AssertSame(scenario);

    /// <summary>
    /// OshRules.Engine's sessions are disposable and a disposed session's memories go to the factory's next session:
    /// that session, after an earlier one ran the same operations (some of them throwing half-way) and was disposed,
    /// must still be indistinguishable from a fresh session of NRules' runtime.
    /// </summary>
    [Property(MaxTest = Runs, Arbitrary = [typeof(ScenarioArbitraries)])]
    public void A_session_after_a_disposed_one_is_observed_as_a_fresh_one(Scenario scenario) => AssertSame(scenario, afterDisposedSession: true);

    internal static void AssertSame(Scenario scenario, bool afterDisposedSession = false)
    {
        List<string> expected = Recorder.Run(rules => new NRules.RuleCompiler().Compile(rules), scenario);
        List<string> actual = Recorder.Run(rules => new RuleCompiler().Compile(rules), scenario, afterDisposedSession);
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
