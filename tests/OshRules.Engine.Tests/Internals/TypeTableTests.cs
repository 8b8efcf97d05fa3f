using FsCheck.Xunit;
using OshRules.Engine.Rete;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// <see cref="TypeTable{TValue}"/>, the root node's type lookup, must keep every type's value through its growth, tell
/// types apart by reference only, and give every thread the one value kept first.
/// </summary>
public sealed class TypeTableTests
{
    private static readonly Type[] Types = typeof(object).Assembly.GetExportedTypes().Take(300).ToArray();

    [Property(MaxTest = 300)]
    public void AnyTypesAdded_AreEachFoundWithTheirValue_AndNoOtherTypeIs(byte[] picks)
    {
        var table = new TypeTable<string>();
        var added = new Dictionary<Type, string>();
        foreach (byte pick in picks)
        {
            Type type = Types[pick % Types.Length];
            string kept = table.Add(type, type.Name + pick);
            added.TryAdd(type, kept);
            Assert.Equal(added[type], kept);
        }

        foreach (Type type in Types)
        {
            Assert.Equal(added.GetValueOrDefault(type), table.Get(type));
        }
    }

    [Fact]
    public void ThreadsAddingTheSameTypes_AllSeeTheValueKeptFirst()
    {
        var table = new TypeTable<object>();
        var seen = new object[8][];
        Parallel.For(0, seen.Length, t =>
        {
            seen[t] = new object[Types.Length];
            for (int i = 0; i < Types.Length; i++)
            {
                seen[t][i] = table.Get(Types[i]) ?? table.Add(Types[i], new object());
            }
        });

        for (int i = 0; i < Types.Length; i++)
        {
            Assert.All(seen, s => Assert.Same(table.Get(Types[i]), s[i]));
        }
    }
}
