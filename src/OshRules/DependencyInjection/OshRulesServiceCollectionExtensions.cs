using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OshRules.Evaluation;
using OshRules.Law;

namespace OshRules.DependencyInjection;

/// <summary>Registers OshRules with Microsoft.Extensions.DependencyInjection (相依性注入).</summary>
public static class OshRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the compiled rule set (<see cref="OshRuleSet"/>) and <see cref="IOshEvaluator"/> as singletons, with
    /// <see cref="OshRulesOptions"/> bound through the options pattern and validated when first resolved
    /// (and at start-up under a host). Safe to call more than once: later calls only add configuration. The rule set logs
    /// through the container's <see cref="ILoggerFactory"/> and measures through its <see cref="IMeterFactory"/>
    /// (<c>services.AddMetrics()</c>) when they are registered (see <see cref="OshDiagnostics"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; the defaults are documented on <see cref="OshRulesOptions"/>.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddOshRules(this IServiceCollection services, Action<OshRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<OshRulesOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OshRulesOptions>, OshRulesOptionsValidator>());
        services.TryAddSingleton(sp => OshRuleSet.Create(
            sp.GetRequiredService<IOptions<OshRulesOptions>>().Value, sp.GetService<ILoggerFactory>(), sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IOshEvaluator>(sp => sp.GetRequiredService<OshRuleSet>());
        return services;
    }

    /// <summary>
    /// Registers OshRules as <see cref="AddOshRules(IServiceCollection, Action{OshRulesOptions}?)"/> does, with
    /// <see cref="OshRulesOptions"/> bound from configuration (組態繫結), e.g. <c>configuration.GetSection("OshRules")</c>:
    /// every option, the family options included. A <c>Families</c> list replaces the default set of four families; a
    /// key that names no option is an error, as is a value that breaks an option's rule, both reported when the options
    /// are first resolved and, under a host, at start-up. The holiday calendar of the training options is code, not
    /// configuration: set it with <c>services.Configure&lt;OshRulesOptions&gt;(o => …)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section of the options.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddOshRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOshRules();
        services.AddOptions<OshRulesOptions>()
            .Configure(options => OshRulesOptionsBinding.Prepare(options, configuration))
            .Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return services;
    }

    /// <summary>Validates <see cref="OshRulesOptions"/> with <see cref="OshRulesOptions.Validate"/>, reporting its message (field and rule).</summary>
    private sealed class OshRulesOptionsValidator : IValidateOptions<OshRulesOptions>
    {
        public ValidateOptionsResult Validate(string? name, OshRulesOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (OshValidationException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }
}
