using System.Reflection;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.Law;
using OshRules.Tests.Evaluation;
using OshRules.Training;

namespace OshRules.Tests.Reliability;

/// <summary>
/// An evaluation date the encoded law versions do not cover gets one clear error per call, naming each family's
/// earliest date, before any case is read; never an error per case, never an unhandled exception.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class LawCoverageTests
{
    private const string AllFamiliesFrom = "HealthExams from 2021-12-22, Ergonomics from 2023-06-21, MaternalProtection from 2015-01-01, Training from 2021-07-07";

    [Fact]
    public void Each_family_covers_from_the_first_day_all_its_parameters_are_in_force()
    {
        foreach (var coverage in FamilyCoverage.All)
        {
            var parameters = DatedParametersOf(coverage.Family).ToList();
            Assert.NotEmpty(parameters);
            Assert.Equal(parameters.Max(p => p.First), coverage.From);
            Assert.Equal(CivilCode.LatestSupportedDate, coverage.Through);
        }

        Assert.Equal(Families.All, FamilyCoverage.All.Select(c => c.Family));
    }

    [Fact]
    public void A_date_before_every_family_is_one_error_for_the_whole_roster_naming_each_familys_first_date()
    {
        // Once: every row of the sample's roster was rejected, each blamed on a field called "date".
        var pulled = 0;
        var cases = Enumerable.Range(0, 300).Select(i =>
        {
            pulled++;
            return OshCase.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture), EvaluationFixtures.WorkerTouchingAllFamilies());
        });

        var ex = Assert.Throws<OshValidationException>(() => OshRuleSet.CreateDefault().EvaluateMany(new DateOnly(2020, 6, 1), cases));

        Assert.Equal($"asOf: 2020-06-01 is outside the law versions encoded: {AllFamiliesFrom}, each through 2199-12-31; a rule set compiled without the families that do not cover the date can evaluate it (rule law versions).", ex.Message);
        Assert.Equal(0, pulled);
    }

    [Fact]
    public void The_day_before_the_maternal_regulations_is_a_clear_error_too()
    {
        // Once: --as-of 2014-12-31 ended the sample with an unhandled exception.
        var ex = Assert.Throws<OshValidationException>(() => OshRuleSet.CreateDefault().Evaluate(new DateOnly(2014, 12, 31), EvaluationFixtures.WorkerTouchingAllFamilies()));

        Assert.Equal("asOf", ex.Field);
        Assert.Equal("law versions", ex.Rule);
        Assert.Contains(AllFamiliesFrom, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_of_the_families_that_cover_a_date_evaluates_it()
    {
        var healthOnly = FamilyRuleSets.Of(Families.HealthExams);
        object[] facts = [new Worker("W-1", new DateOnly(1970, 1, 1), Sex.Male, new DateOnly(2000, 1, 1))];

        var before = Assert.Throws<OshValidationException>(() => healthOnly.Evaluate(new DateOnly(2021, 12, 21), facts));
        var first = healthOnly.Evaluate(new DateOnly(2021, 12, 22), facts);

        Assert.Equal("asOf: 2021-12-21 is outside the law versions encoded: HealthExams from 2021-12-22, through 2199-12-31 (rule law versions).", before.Message);
        Assert.True(first.IsValid);
        Assert.Throws<OshValidationException>(() => OshRuleSet.CreateDefault().Evaluate(new DateOnly(2023, 6, 20), facts));
        Assert.True(OshRuleSet.CreateDefault().Evaluate(new DateOnly(2023, 6, 21), facts).IsValid);
    }

    [Fact]
    public void A_date_after_the_supported_range_names_the_last_date()
    {
        var ex = Assert.Throws<OshValidationException>(() => OshRuleSet.CreateDefault().Evaluate(new DateOnly(2200, 1, 1), []));

        Assert.Equal($"asOf: 2200-01-01 is outside the law versions encoded: {AllFamiliesFrom}, each through 2199-12-31 (rule law versions).", ex.Message);
    }

    /// <summary>Every dated parameter of a family: static fields and properties of its namespace, and the per-item ones.</summary>
    private static IEnumerable<(string Name, DateOnly First)> DatedParametersOf(string family)
    {
        var ns = $"OshRules.{family}";
        var types = typeof(OshRuleSet).Assembly.GetTypes().Where(t => t.Namespace == ns);
        var values = types.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => !f.IsLiteral && !t.ContainsGenericParameters)
            .Select(f => f.GetValue(null)));
        if (family == Families.Training)
        {
            values = values.Concat(Enum.GetValues<InServiceItem>().Select(i => (object?)TrainingParameters.InServiceFor(i)));
        }

        foreach (var value in values)
        {
            if (value?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(DatedParameter<>))
            {
                yield return ((string)type.GetProperty("Name")!.GetValue(value)!, (DateOnly)type.GetProperty("FirstEffective")!.GetValue(value)!);
            }
        }
    }
}
