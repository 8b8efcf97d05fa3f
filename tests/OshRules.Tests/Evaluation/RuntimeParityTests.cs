using OshRules.Evaluation;
using OshRules.Samples.Roster;
using OshRules.Tests.Reliability;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// The facade on its two runtimes: OshRules.Engine and NRules' own runtime give the same conclusions, the same
/// explanations, and the same errors. The contract promises the same conclusions as multisets; the cases are compared in
/// order, which is stronger: both runtimes fire the rules in the same order, so a case lists its conclusions in the same
/// order on both.
/// </summary>
public sealed class RuntimeParityTests
{
    private static readonly OshRuleSet OnEngine = OshRuleSet.Create(new OshRulesOptions { Runtime = RuleRuntime.OshRulesEngine });
    private static readonly OshRuleSet OnNRules = OshRuleSet.Create(new OshRulesOptions { Runtime = RuleRuntime.NRules });

    [Fact]
    public void The_bundled_roster_gets_the_same_conclusions_and_explanations_on_both_runtimes()
    {
        var asOf = new DateOnly(2026, 11, 23);
        var file = RosterReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "roster.csv"));
        var cases = file.Rows.Select(row => OshCase.Deferred(row[RosterColumns.WorkerId] ?? $"line {row.Line}", () => RosterMapper.Map(row, asOf).Facts)).ToList();

        int compared = AssertSame(asOf, cases);

        Assert.Equal(file.Rows.Count, compared);
        Assert.True(compared >= 300, $"the bundled roster has {compared} rows");
    }

    [Fact]
    public void Ten_thousand_synthetic_workers_get_the_same_conclusions_and_explanations_on_both_runtimes()
    {
        var cases = Enumerable.Range(0, 10_000).Select(i => OshCase.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture), ReliabilityCases.Facts(i)));

        Assert.Equal(10_000, AssertSame(ReliabilityCases.AsOf, cases));
    }

    private static int AssertSame(DateOnly asOf, IEnumerable<OshCase> cases)
    {
        var list = cases.ToList();
        var engine = OnEngine.EvaluateMany(asOf, list).ToList();
        var nrules = OnNRules.EvaluateMany(asOf, list).ToList();
        Assert.Equal(nrules.Count, engine.Count);
        int withConclusions = 0;
        for (int i = 0; i < engine.Count; i++)
        {
            Assert.Equal(Describe(nrules[i]), Describe(engine[i]));
            withConclusions += engine[i].Conclusions.Count > 0 ? 1 : 0;
        }

        Assert.True(withConclusions > engine.Count / 2, $"only {withConclusions} of {engine.Count} cases have conclusions");
        return engine.Count;
    }

    /// <summary>A case's error, or each conclusion with its explanation, in the result's order.</summary>
    private static string Describe(OshResult result)
    {
        if (result.Error is { } error)
        {
            return $"{result.CaseId} error {error.Kind} {error.Field} {error.Rule} {error.Message}";
        }

        var lines = result.Conclusions
            .Select(c => (Conclusion: c, Explanation: result.ExplanationOf(c)))
            .Select(x => $"{x.Conclusion} <= {x.Explanation.RuleName} [{string.Join("; ", x.Explanation.Citations.Select(c => c.ToString()))}] from {string.Join(", ", x.Explanation.MatchedFacts)}");
        return $"{result.CaseId}\n" + string.Join("\n", lines);
    }
}
