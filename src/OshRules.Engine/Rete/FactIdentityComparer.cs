using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>Working-memory identity: <see cref="IIdentityProvider.GetIdentity"/> when the fact provides one, else Equals/GetHashCode (value equality for records).</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is IIdentityProvider px && y is IIdentityProvider py)
        {
            return object.Equals(px.GetIdentity(), py.GetIdentity());
        }

        return x is not null && x.Equals(y);
    }

    public int GetHashCode(object obj) =>
        obj is IIdentityProvider p ? p.GetIdentity()?.GetHashCode() ?? 0 : obj.GetHashCode();
}

/// <summary>A fact as reported by a working-memory event, frozen at that moment.</summary>
internal sealed record FactInfo(Type Type, object? Value) : IFact;
