namespace OshRules.Common;

/// <summary>
/// A working-memory key of one conclusion instance: equal only to a key of the same instance, and hashed by the
/// conclusion's own (value) hash, which is cheap and the same for the same instance.
/// </summary>
/// <param name="instance">The conclusion.</param>
internal sealed class InstanceIdentity(IOshConclusion instance) : IEquatable<InstanceIdentity>
{
    private readonly IOshConclusion instance = instance;

    public bool Equals(InstanceIdentity? other) => other is not null && ReferenceEquals(instance, other.instance);

    public override bool Equals(object? obj) => Equals(obj as InstanceIdentity);

    public override int GetHashCode() => instance.GetHashCode();
}
