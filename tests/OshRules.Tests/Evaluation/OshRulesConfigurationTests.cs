using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OshRules.Common;
using OshRules.DependencyInjection;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.MaternalProtection;

namespace OshRules.Tests.Evaluation;

public sealed class OshRulesConfigurationTests
{
    private static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create("OshRules:" + v.Key, (string?)v.Value)))
            .Build()
            .GetSection("OshRules");

    [Fact]
    public void A_families_list_replaces_the_default_set()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(Section(("Families:0", Families.HealthExams)))
            .BuildServiceProvider();

        Assert.Equal([Families.HealthExams], provider.GetRequiredService<OshRuleSet>().Settings.Families);
    }

    [Fact]
    public void Binding_family_options_leaves_their_shared_defaults_alone()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(Section(("HealthExams:Counting", nameof(DueDateCounting.CalendarYear))))
            .BuildServiceProvider();

        var bound = provider.GetRequiredService<OshRuleSet>().Settings.Policies.OfType<HealthExamOptions>().Single();

        Assert.Equal(DueDateCounting.CalendarYear, bound.Counting);
        Assert.Equal(DueDateCounting.DayExact, HealthExamOptions.Default.Counting);
    }

    [Fact]
    public void Binding_after_code_set_the_shared_defaults_leaves_them_alone()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(o => (o.HealthExams, o.Maternal) = (HealthExamOptions.Default, MaternalOptions.Default))
            .AddOshRules(Section(
                ("HealthExams:Eligibility", nameof(PeriodicExamEligibility.AfterOneYearOfService)),
                ("Maternal:BreastfeedingCoverage", nameof(BreastfeedingCoverage.WhileBreastfeeding))))
            .BuildServiceProvider();

        var policies = provider.GetRequiredService<OshRuleSet>().Settings.Policies;

        Assert.Equal(PeriodicExamEligibility.AfterOneYearOfService, policies.OfType<HealthExamOptions>().Single().Eligibility);
        Assert.Equal(BreastfeedingCoverage.WhileBreastfeeding, policies.OfType<MaternalOptions>().Single().BreastfeedingCoverage);
        Assert.Equal(new HealthExamOptions(), HealthExamOptions.Default);
        Assert.Equal(new MaternalOptions(), MaternalOptions.Default);
    }

    [Fact]
    public void Plain_options_binding_leaves_the_shared_defaults_alone()
    {
        using var provider = new ServiceCollection()
            .AddOshRules()
            .Configure<OshRulesOptions>(Section(("HealthExams:Counting", nameof(DueDateCounting.CalendarYear))))
            .BuildServiceProvider();

        var bound = provider.GetRequiredService<OshRuleSet>().Settings.Policies.OfType<HealthExamOptions>().Single();

        Assert.Equal(DueDateCounting.CalendarYear, bound.Counting);
        Assert.Equal(DueDateCounting.DayExact, HealthExamOptions.Default.Counting);
    }

    [Fact]
    public void Code_configuration_registered_after_the_section_applies_on_top_of_it()
    {
        using var provider = new ServiceCollection()
            .AddOshRules(Section(("DueSoonDays", "45"), ("Families:0", Families.Training)))
            .AddOshRules(o => o.Families.Add(Families.Ergonomics))
            .BuildServiceProvider();

        var settings = provider.GetRequiredService<OshRuleSet>().Settings;

        Assert.Equal(45, settings.DueSoonDays);
        Assert.Equal([Families.Ergonomics, Families.Training], settings.Families);
    }

    [Fact]
    public void A_null_configuration_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOshRules((IConfiguration)null!));
}
