using Microsoft.Extensions.Configuration;
using OshRules.Evaluation;

namespace OshRules.DependencyInjection;

/// <summary>Readies <see cref="OshRulesOptions"/> for the configuration binder, which runs right after this.</summary>
internal static class OshRulesOptionsBinding
{
    public static void Prepare(OshRulesOptions options, IConfiguration configuration)
    {
        // The binder adds a list's items to a collection that already holds some: a configured list must replace the
        // default families, not be added to them.
        if (configuration.GetSection(nameof(OshRulesOptions.Families)).Exists())
        {
            options.Families.Clear();
        }

        // The binder sets the members of an existing object in place, through their init accessors. Code may have set the
        // family options to their shared static defaults (HealthExamOptions.Default…), which binding would then change for
        // the whole process: it binds copies instead.
        options.HealthExams = options.HealthExams is { } health ? health with { } : null!;
        options.Maternal = options.Maternal is { } maternal ? maternal with { } : null!;
        options.Training = options.Training is { } training ? training with { } : null!;
    }
}
