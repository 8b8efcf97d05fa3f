using OshRules.Engine;
using OshRules.Engine.Fluent;

namespace OshRules.Engine.Tests.TestModel;

internal static class Compiled
{
    public static ISessionFactory From(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        return repository.Compile();
    }

    public static ISession Session(params Type[] ruleTypes) => From(ruleTypes).CreateSession();
}
