using NRules;
using NRules.AgendaFilters;
using NRules.Diagnostics;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests.Internals;

/// <summary>Members of NRules' interfaces this runtime deliberately does not implement: each throws, naming itself.</summary>
public sealed class UnsupportedMemberTests
{
    private readonly ISessionFactory _factory = Compiled.From(Runtime.Engine, typeof(MatchAliasRule));

    [Fact]
    public void Metrics_OfASession_ThrowsNotSupportedNamingIt()
    {
        ISession session = _factory.CreateSession();

        var ex = Assert.Throws<NotSupportedException>(() => session.Metrics);

        Assert.Contains("ISession.Metrics", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSchema_OfASessionAndOfItsFactory_ThrowsNotSupportedNamingIt()
    {
        ISession session = _factory.CreateSession();

        var ofSession = Assert.Throws<NotSupportedException>(() => ((ISessionSchemaProvider)session).GetSchema());
        var ofFactory = Assert.Throws<NotSupportedException>(() => ((ISessionSchemaProvider)_factory).GetSchema());

        Assert.Contains("GetSchema", ofSession.Message, StringComparison.Ordinal);
        Assert.Contains("GetSchema", ofFactory.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFilter_ToTheAgenda_ThrowsNotSupportedNamingIt()
    {
        ISession session = _factory.CreateSession();
        IRuleDefinition rule = Compiled.Repository(typeof(MatchAliasRule)).GetRules().Single();

        var global = Assert.Throws<NotSupportedException>(() => session.Agenda.AddFilter(new AcceptAll()));
        var perRule = Assert.Throws<NotSupportedException>(() => session.Agenda.AddFilter(rule, new AcceptAll()));

        Assert.Contains("IAgenda.AddFilter", global.Message, StringComparison.Ordinal);
        Assert.Contains("IAgenda.AddFilter", perRule.Message, StringComparison.Ordinal);
    }

    private sealed class AcceptAll : IAgendaFilter
    {
        public bool Accept(AgendaContext context, Activation activation) => true;
    }
}
