using System.Runtime.CompilerServices;
using OshRules.Evaluation;

namespace OshRules.Tests;

/// <summary>Makes NRules' own runtime the default of this test assembly, before any test runs.</summary>
internal static class RuntimeSelection
{
    [ModuleInitializer]
    internal static void UseNRulesRuntime() => OshRulesOptions.DefaultRuntime = RuleRuntime.NRules;
}
