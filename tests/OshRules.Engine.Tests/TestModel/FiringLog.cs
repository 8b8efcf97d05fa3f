using NRules;

namespace OshRules.Engine.Tests.TestModel;

/// <summary>What a session fired, in order: each firing as "rule(fact, fact…)", read from NRules' own events.</summary>
public static class FiringLog
{
    public static List<string> Attach(ISession session)
    {
        var log = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => log.Add($"{e.Rule.Name}({string.Join(", ", e.Facts.Select(f => f.Value))})");
        return log;
    }
}
