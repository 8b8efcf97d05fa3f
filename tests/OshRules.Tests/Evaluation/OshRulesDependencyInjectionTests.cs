using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OshRules.Common;
using OshRules.DependencyInjection;
using OshRules.Evaluation;
using OshRules.HealthExams;

namespace OshRules.Tests.Evaluation;

public sealed class OshRulesDependencyInjectionTests
{
    [Fact]
    public void AddOshRules_ResolvesEvaluatorAndRuleSet_AsTheSameSingleton()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(o =>
            {
                o.DueSoonDays = 10;
                o.Families.Remove(Families.Training);
            })
            .BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IOshEvaluator>();
        var ruleSet = provider.GetRequiredService<OshRuleSet>();

        Assert.Same(ruleSet, evaluator);
        Assert.Same(evaluator, provider.GetRequiredService<IOshEvaluator>());
        Assert.Equal(10, ruleSet.Settings.DueSoonDays);
        Assert.Equal([Families.HealthExams, Families.Ergonomics, Families.MaternalProtection], ruleSet.Settings.Families);
    }

    [Fact]
    public void AddOshRules_Evaluator_EvaluatesTheFixture()
    {
        using var provider = new ServiceCollection().AddOshRules().BuildServiceProvider();

        var result = provider.GetRequiredService<IOshEvaluator>().Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies());

        Assert.True(result.IsValid);
        Assert.NotNull(result.Get<PeriodicGeneralExamDue>());
    }

    [Fact]
    public void AddOshRules_CalledTwice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection()
            .AddOshRules(o => o.DueSoonDays = 15)
            .AddOshRules(o => o.Language = DisplayLanguage.English);

        Assert.Single(services, d => d.ServiceType == typeof(OshRuleSet));
        Assert.Single(services, d => d.ServiceType == typeof(IOshEvaluator));
        using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<IOshEvaluator>().Settings;
        Assert.Equal((15, DisplayLanguage.English), (settings.DueSoonDays, settings.Language));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void AddOshRules_InvalidDueSoonDays_FailsOnResolution(int days)
    {
        using var provider = new ServiceCollection().AddOshRules(o => o.DueSoonDays = days).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOshEvaluator>());

        Assert.Equal(typeof(OshRulesOptions), ex.OptionsType);
        Assert.Equal($"OshRulesOptions.DueSoonDays: must be between 0 and 3650 (was {days}) (rule options).", Assert.Single(ex.Failures));
    }

    [Fact]
    public void AddOshRules_CalledTwiceWithInvalidOptions_ReportsTheFailureOnce()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(o => o.DueSoonDays = -1)
            .AddOshRules()
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OshRuleSet>());

        Assert.Single(ex.Failures);
    }

    [Fact]
    public void AddOshRules_UnknownFamily_FailsOnResolution()
    {
        using var provider = new ServiceCollection().AddOshRules(o => o.Families.Add("Astrology")).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<OshRuleSet>());

        Assert.StartsWith("OshRulesOptions.Families: 'Astrology' is not a rule family", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddOshRules_NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => OshRulesServiceCollectionExtensions.AddOshRules(null!));
}
