using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OshRules.Common;
using OshRules.DependencyInjection;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.MaternalProtection;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// <c>AddOshRules(configuration.GetSection("OshRules"))</c> under a generic host that reads a real appsettings.json
/// (Evaluation/Hosting/appsettings.json, copied to the output) through the JSON configuration provider.
/// </summary>
public sealed class OshRulesHostingTests
{
    private static readonly string SettingsFolder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Hosting");

    [Fact]
    public async Task The_host_binds_every_option_of_appsettings_json()
    {
        using var host = Build(SettingsFolder);
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<OshRulesOptions>>().Value;
        var settings = host.Services.GetRequiredService<IOshEvaluator>().Settings;

        Assert.Equal([Families.HealthExams, Families.MaternalProtection], options.Families.Order(StringComparer.Ordinal));
        Assert.Equal([Families.HealthExams, Families.MaternalProtection], settings.Families);
        Assert.Equal((45, DisplayLanguage.English, 3, RuleRuntime.NRules), (options.DueSoonDays, options.Language, options.MaxDegreeOfParallelism, options.Runtime));
        Assert.Equal(new HealthExamOptions { Counting = DueDateCounting.CalendarYear, Eligibility = PeriodicExamEligibility.AfterOneYearOfService }, options.HealthExams);
        Assert.Equal(BreastfeedingCoverage.WhileBreastfeeding, options.Maternal.BreastfeedingCoverage);
        Assert.Equal([options.HealthExams, options.Maternal, options.Training], settings.Policies);
        await host.StopAsync();
    }

    [Fact]
    public void The_appsettings_file_sets_every_option_that_configuration_can_carry()
    {
        // A new option fails here until the file sets it. The training options hold only the holiday calendar, which is code.
        using var host = Build(SettingsFolder);
        var section = host.Services.GetRequiredService<IConfiguration>().GetSection("OshRules");

        var missing = typeof(OshRulesOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(OshRulesOptions.Training))
            .Where(p => !section.GetSection(p.Name).Exists())
            .Select(p => p.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_configured_rule_set_evaluates_with_the_bound_options()
    {
        using var host = Build(SettingsFolder);
        await host.StartAsync();

        var result = host.Services.GetRequiredService<IOshEvaluator>().Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies());

        Assert.True(result.IsValid, result.Error?.Message);
        var due = result.Get<PeriodicGeneralExamDue>()!;
        Assert.Equal(DueDateCounting.CalendarYear, due.Options.Counting);
        Assert.Equal((12, 31), (due.DueDate.Month, due.DueDate.Day));
        Assert.DoesNotContain(result.Conclusions, c => c.GetType().Namespace is "OshRules.Ergonomics" or "OshRules.Training");
        await host.StopAsync();
    }

    [Theory]
    [InlineData("""{ "OshRules": { "DueSoonDays": 5000 } }""", "OshRulesOptions.DueSoonDays: must be between 0 and 3650")]
    [InlineData("""{ "OshRules": { "Families": [ "Astrology" ] } }""", "OshRulesOptions.Families: 'Astrology' is not a rule family")]
    [InlineData("""{ "OshRules": { "Families": [] } }""", "OshRulesOptions.Families: must name at least one rule family")]
    [InlineData("""{ "OshRules": { "MaxDegreeOfParallelism": 0 } }""", "OshRulesOptions.MaxDegreeOfParallelism: must be between 1 and 256")]
    public async Task The_host_refuses_to_start_with_an_invalid_option(string appsettings, string message)
    {
        using var folder = new SettingsFolderOf(appsettings);
        using var host = Build(folder.Path);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith(message, Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "OshRules": { "DueSoonDay": 10 } }""", "DueSoonDay")]
    [InlineData("""{ "OshRules": { "HealthExams": { "Counting": "CalendarYear", "Countng": "DayExact" } } }""", "Countng")]
    [InlineData("""{ "OshRules": { "Language": "Klingon" } }""", "OshRules:Language")]
    public async Task The_host_refuses_to_start_with_a_key_or_value_the_options_do_not_have(string appsettings, string named)
    {
        using var folder = new SettingsFolderOf(appsettings);
        using var host = Build(folder.Path);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_OshRules_section_the_defaults_apply()
    {
        using var folder = new SettingsFolderOf("""{ "Other": { "DueSoonDays": 1 } }""");
        using var host = Build(folder.Path);
        await host.StartAsync();

        var settings = host.Services.GetRequiredService<IOshEvaluator>().Settings;

        Assert.Equal(Families.All, settings.Families);
        Assert.Equal(OshRuleSet.CreateDefault().Settings, settings);
        await host.StopAsync();
    }

    private static IHost Build(string contentRoot)
    {
        var configuration = new ConfigurationManager();
        configuration["hostBuilder:reloadConfigOnChange"] = "false";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
            Configuration = configuration,
        });
        builder.Services.AddOshRules(builder.Configuration.GetSection("OshRules"));
        return builder.Build();
    }

    /// <summary>A temporary content root holding one appsettings.json.</summary>
    private sealed class SettingsFolderOf : IDisposable
    {
        public SettingsFolderOf(string appsettings)
        {
            Path = Directory.CreateTempSubdirectory("oshrules-hosting-").FullName;
            File.WriteAllText(System.IO.Path.Combine(Path, "appsettings.json"), appsettings);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
