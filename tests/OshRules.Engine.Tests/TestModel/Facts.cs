using NRules.RuleModel;

namespace OshRules.Engine.Tests.TestModel;

public abstract record Person(string Id);

public sealed record Employee(string Id, int Age, string Unit) : Person(Id);

public sealed record Contractor(string Id) : Person(Id);

public interface IHazard
{
    string WorkerId { get; }
}

public sealed record Exposure(string WorkerId, string Hazard, int Level) : IHazard;

public sealed record Exam(string WorkerId, int Year);

public sealed record Cutoff(int Year);

public sealed record Due(string WorkerId, string Reason);

public sealed record ExamCount(string WorkerId, int Count);

public sealed record Escalation(string WorkerId);

public sealed record Counter(string Name, int Value);

/// <summary>An employee identified by its id only, so an update may change the other fields.</summary>
public sealed record IdentifiedEmployee(string Id, int Age) : IIdentityProvider
{
    public object GetIdentity() => Id;
}

/// <summary>A contractor identified by the same kind of id as <see cref="IdentifiedEmployee"/>: a fact of another type.</summary>
public sealed record IdentifiedContractor(string Id) : IIdentityProvider
{
    public object GetIdentity() => Id;
}
