using OshRules.Engine.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>The context handed to a rule's actions; one per session, pointed at the firing activation.</summary>
internal sealed class ActionContext(Session session) : IContext
{
    public Activation Current { get; set; } = null!;

    public IRuleDefinition Rule => Current.Rule;

    public IMatch Match => Current;

    public void Halt() => session.Halt();

    public void Insert(object fact) => session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public bool TryRetract(object fact) => session.TryRetract(fact);

    public IEnumerable<object> GetLinked() =>
        [.. Current.LinkedFacts().Select(h => h.Value)];
}
