using System.Reflection;
using NRules;
using NRules.Fluent;
using Xunit.Sdk;

namespace OshRules.Engine.Tests.TestModel;

/// <summary>The two runtimes of NRules' rule model: NRules' own (the specification) and OshRules.Engine.</summary>
public enum Runtime
{
    NRules,
    Engine,
}

/// <summary>Runs a theory once on each runtime: the test asserts NRules' behaviour, so both must pass it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothRuntimesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Runtime.NRules], [Runtime.Engine]];
}

/// <summary>Loads rule classes into NRules' repository and compiles them on a runtime.</summary>
public static class Compiled
{
    public static RuleRepository Repository(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository;
    }

    public static ISessionFactory Compile(this RuleRepository repository, Runtime runtime) =>
        runtime == Runtime.NRules ? repository.Compile() : repository.CompileWithEngine();

    public static ISessionFactory From(Runtime runtime, params Type[] ruleTypes) => Repository(ruleTypes).Compile(runtime);

    public static ISession Session(Runtime runtime, params Type[] ruleTypes) => From(runtime, ruleTypes).CreateSession();
}
