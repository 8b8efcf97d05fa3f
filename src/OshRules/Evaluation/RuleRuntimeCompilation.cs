using NRules.RuleModel;

namespace OshRules.Evaluation;

/// <summary>Compiles loaded rules on the chosen runtime.</summary>
internal static class RuleRuntimeCompilation
{
    public static ISessionFactory Compile(this IRuleRepository repository, RuleRuntime runtime) =>
        runtime == RuleRuntime.NRules ? repository.Compile() : repository.CompileWithEngine();
}
