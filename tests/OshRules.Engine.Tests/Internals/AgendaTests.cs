using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using OshRules.Engine.Rete;
using OshRules.Engine.Tests.TestModel;
using Tuple = OshRules.Engine.Rete.Tuple;

namespace OshRules.Engine.Tests.Internals;

/// <summary>
/// The agenda as NRules' activation queue keeps it: higher priority first, then first queued; an activation is queued
/// once, and taking it off only marks it (lazy deletion), so an activation queued again while an older entry of it is
/// still in the queue fires from the older entry's place.
/// </summary>
public sealed class AgendaTests
{
    private readonly Session _session = (Session)new RuleCompiler().Compile(Array.Empty<IRuleDefinition>()).CreateSession();
    private int _nextRule = 1;

    [Fact]
    public void Pop_MixedPriorities_HigherFirstThenFirstQueued()
    {
        var agenda = new Agenda();
        Activation low = NewActivation(priority: 0), high = NewActivation(priority: 5), low2 = NewActivation(priority: 0), high2 = NewActivation(priority: 5);

        foreach (Activation a in new[] { low, high, low2, high2 })
        {
            agenda.Add(a);
        }

        Assert.Equal([high, high2, low, low2], PopAll(agenda));
    }

    [Fact]
    public void Modify_WhileQueued_KeepsItsPlace()
    {
        var agenda = new Agenda();
        Activation first = NewActivation(), second = NewActivation();
        agenda.Add(first);
        agenda.Add(second);

        agenda.Modify(first);

        Assert.Equal([first, second], PopAll(agenda));
    }

    [Fact]
    public void Remove_BeforeFiring_LeavesAnEntryThatIsSkipped()
    {
        var agenda = new Agenda();
        Activation gone = NewActivation(), kept = NewActivation();
        agenda.Add(gone);
        agenda.Add(kept);

        agenda.Remove(_session, gone);

        Assert.False(gone.IsEnqueued);
        Assert.Equal(MatchTrigger.None, gone.Trigger);
        Assert.Equal([kept], PopAll(agenda));
    }

    [Fact]
    public void Remove_AfterFiringWhileItsUpdateIsQueued_FiresItsUndoFromTheUpdatesPlace()
    {
        var agenda = new Agenda();
        Activation undone = NewActivation(ActionTrigger.Activated | ActionTrigger.Reactivated | ActionTrigger.Deactivated), later = NewActivation();
        agenda.Add(undone);
        Assert.Same(undone, agenda.Pop());

        agenda.Modify(undone);
        agenda.Add(later);
        agenda.Remove(_session, undone);

        Assert.Equal(MatchTrigger.Removed, undone.Trigger);
        Assert.Equal([undone, later], PopAll(agenda));
    }

    [Fact]
    public void Remove_AfterFiringWithoutAnUndo_IsNotQueued()
    {
        var agenda = new Agenda();
        Activation fired = NewActivation();
        agenda.Add(fired);
        agenda.Pop();

        agenda.Remove(_session, fired);

        Assert.True(agenda.IsEmpty);
    }

    [Fact]
    public void Modify_NonRepeatableAfterFiring_IsNotQueued()
    {
        var agenda = new Agenda();
        Activation once = NewActivation(repeatability: RuleRepeatability.NonRepeatable);
        agenda.Add(once);
        agenda.Pop();

        agenda.Modify(once);

        Assert.True(agenda.IsEmpty);
        Assert.Equal(MatchTrigger.Created, once.Trigger);
    }

    [Fact]
    public void Clear_QueuedActivations_ForgetsTheyFired()
    {
        var agenda = new Agenda();
        Activation fired = NewActivation();
        agenda.Add(fired);
        agenda.Pop();
        agenda.Modify(fired);

        agenda.Clear();

        Assert.True(agenda.IsEmpty);
        Assert.False(fired.HasFired);
        Assert.Equal(MatchTrigger.None, fired.Trigger);
    }

    private static List<Activation> PopAll(Agenda agenda)
    {
        var popped = new List<Activation>();
        while (!agenda.IsEmpty)
        {
            popped.Add(agenda.Pop());
        }

        return popped;
    }

    private Activation NewActivation(
        ActionTrigger triggers = ActionTrigger.Activated | ActionTrigger.Reactivated, int priority = 0, RuleRepeatability repeatability = RuleRepeatability.Repeatable)
    {
        var builder = new RuleBuilder();
        builder.Name("r" + _nextRule++);
        builder.Priority(priority);
        builder.Repeatability(repeatability);
        builder.LeftHandSide().Pattern(typeof(Employee), "worker");
        Expression<Action<IContext>> nothing = ctx => ctx.Halt();
        builder.RightHandSide().Action(nothing, triggers);
        IRuleDefinition definition = builder.Build();
        var action = new RuleAction(nothing, triggers, (_, _) => { }, []);
        return new Activation(new CompiledRule(definition, [], [], [action]), new Tuple(), null);
    }
}
