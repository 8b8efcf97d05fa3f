using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="LinkedFactMap"/> gives an action's linked keys (<c>IContext.GetLinkedKeys</c>) in the order of the
/// dictionary NRules' runtime keeps per activation: after any adds, removals and updates (a removal then an add), the
/// same keys in the same order, the same facts, the same exception for a key added twice.
/// </summary>
public sealed class LinkedFactMapTests
{
    [Property(MaxTest = 500, Arbitrary = [typeof(LinkOpArbitraries)])]
    public void AnyOperations_KeepADictionarysKeysAndOrder(LinkOp[] ops)
    {
        var map = default(LinkedFactMap);
        var dictionary = new Dictionary<object, Fact>();
        foreach (LinkOp op in ops)
        {
            object key = $"key {op.Key}";
            var fact = new Fact(op.Key);
            switch (op.Kind)
            {
                case LinkOpKind.Add when dictionary.ContainsKey(key):
                    Assert.Throws<ArgumentException>(() => map.Add(key, fact));
                    break;
                case LinkOpKind.Add:
                    dictionary.Add(key, fact);
                    map.Add(key, fact);
                    break;
                case LinkOpKind.Remove:
                    Assert.Equal(dictionary.Remove(key), map.Remove(key));
                    break;
                case LinkOpKind.Update when dictionary.ContainsKey(key):
                    dictionary.Remove(key);
                    dictionary.Add(key, fact);
                    Assert.True(map.Remove(key));
                    map.Add(key, fact);
                    break;
            }

            Assert.Equal(dictionary.Count, map.Count);
            Assert.Equal(dictionary.Keys, map.Keys);
            foreach ((object k, Fact f) in dictionary)
            {
                Assert.Same(f, map.Get(k));
            }
        }
    }

    [Fact]
    public void RemovingTheLastKeysInTurns_ReusesPlacesAsADictionary()
    {
        var map = default(LinkedFactMap);
        var dictionary = new Dictionary<object, Fact>();
        void Add(string key)
        {
            var fact = new Fact(key);
            map.Add(key, fact);
            dictionary.Add(key, fact);
        }

        void Remove(string key)
        {
            map.Remove(key);
            dictionary.Remove(key);
        }

        Add("a");
        Add("b");
        Add("c");
        Remove("b");
        Remove("c");
        Add("d");
        Add("e");
        Add("f");

        Assert.Equal(["a", "e", "d", "f"], map.Keys);
        Assert.Equal(dictionary.Keys, map.Keys);
    }

    public enum LinkOpKind
    {
        Add,
        Remove,
        Update,
    }

    /// <summary>One operation on a key from a small range, so keys come back after their removal.</summary>
    public sealed record LinkOp(LinkOpKind Kind, int Key);

    public static class LinkOpArbitraries
    {
        public static Arbitrary<LinkOp> Op() =>
            Arb.From(
                from kind in Gen.Elements(LinkOpKind.Add, LinkOpKind.Add, LinkOpKind.Remove, LinkOpKind.Update)
                from key in Gen.Choose(0, 6)
                select new LinkOp(kind, key));
    }
}
