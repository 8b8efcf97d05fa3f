using FsCheck.Xunit;
using NRules.RuleModel;
using OshRules.Evaluation;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// <see cref="SessionFacts.Distinct"/> drops later copies of a fact as a rule session would refuse them: equal by
/// identity when the fact has one, else by its own equality, and never equal across types (as both runtimes' working
/// memories decide), keeping the first copy and the order.
/// </summary>
public sealed class SessionFactsTests
{
    [Property(MaxTest = 300)]
    public void Distinct_keeps_the_first_copy_of_each_fact_in_order_for_any_size(byte[] picks)
    {
        // Few distinct values, so copies are common; two types share identities to check they stay apart.
        var facts = picks.Select(object (p) => (p % 3) switch
        {
            0 => new Plain(p % 5),
            1 => new Identified(p % 5, p),
            _ => new OtherIdentified(p % 5),
        }).ToList();

        var expected = new List<object>();
        foreach (var fact in facts)
        {
            if (!expected.Any(e => e.GetType() == fact.GetType() && Equals(Identity(e), Identity(fact))))
            {
                expected.Add(fact);
            }
        }

        var actual = SessionFacts.Distinct(facts);

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), pair => Assert.Same(pair.First, pair.Second));
        Assert.Equal(expected.Count == facts.Count, ReferenceEquals(actual, facts));
    }

    [Fact]
    public void Facts_of_two_types_with_one_identity_are_both_kept()
    {
        object[] facts = [new Identified(1, 99), new OtherIdentified(1), new Identified(1, 100)];

        var distinct = SessionFacts.Distinct(facts);

        Assert.Equal([facts[0], facts[1]], distinct);
    }

    private static object? Identity(object fact) => fact is IIdentityProvider p ? p.GetIdentity() : fact;

    private sealed record Plain(int Value);

    private sealed record Identified(int Id, int Payload) : IIdentityProvider
    {
        public object GetIdentity() => Id;
    }

    private sealed record OtherIdentified(int Id) : IIdentityProvider
    {
        public object GetIdentity() => Id;
    }
}
