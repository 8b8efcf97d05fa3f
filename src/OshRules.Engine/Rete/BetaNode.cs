namespace OshRules.Engine.Rete;

/// <summary>
/// A node with a right input of facts (join, exists, not, aggregate). It keeps left tokens and right facts in a
/// <see cref="BetaMemory"/>, bucketed by the hash key of its indexed equality when it has one, and links each
/// (token, fact) pair that satisfies its beta conditions; subclasses decide what pairs mean downstream.
/// </summary>
internal abstract class BetaNode(RuleNetwork rule, int id, Type factType, AlphaCondition[] alpha, BetaCondition[] beta, JoinIndex? index)
    : Node(rule, id)
{
    public Type FactType { get; } = factType;

    public AlphaCondition[] Alpha { get; } = alpha;

    public BetaCondition[] Beta { get; } = beta;

    public JoinIndex? Index { get; } = index;

    /// <summary>
    /// The node's place in its session's array of beta memories (<see cref="Session.GetBetaMemory"/>), given when the
    /// network is built; -1 for a root join, which keeps no memory.
    /// </summary>
    public int MemoryIndex { get; set; } = -1;

    /// <summary>Whether the fact passes the alpha conditions; a throwing condition is reported and counts as false.</summary>
    public bool PassesAlpha(Session session, object fact)
    {
        AlphaCondition[] alpha = Alpha;
        int i = 0;
        try
        {
            for (; i < alpha.Length; i++)
            {
                if (!alpha[i].Test(fact))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, alpha[i].Text, ex);
            return false;
        }
    }

    private object FactKey(Session session, object fact)
    {
        if (Index is null)
        {
            return Slots.NullKey;
        }

        try
        {
            return Index.IntFactKey is { } intKey ? session.BoxKey(intKey(fact)) : Index.FactKey(fact) ?? Slots.NullKey;
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, Index.Text, ex);
            return new object();
        }
    }

    public override int LeftAdd(Session session, Token left)
    {
        ref BetaMemory memory = ref session.GetBetaMemory(this);
        object key = TupleKey(session, left.Items);
        int number = memory.AddLeft(session, left, key, session.FactCount);
        bool checkKey = memory.NeedsKeyCheck;
        for (int right = memory.RightBucket(key); right != 0; right = session.Rights[right].NextInBucket)
        {
            ref RightEntry entry = ref session.Rights[right];
            if ((!checkKey || SameKey(key, entry.Key)) && Matches(session, left, entry.Fact, out object? value))
            {
                Slots.AddPair(session, number, right, PairValue(left, entry.Fact, value));
            }
        }

        OnLeftAdded(session, number);
        return number;
    }

    public override void LeftRemove(Session session, Token left, int state)
    {
        OnLeftRemoving(session, state);
        for (int pair; (pair = session.Lefts[state].FirstPair) != 0;)
        {
            Slots.RemovePair(session, pair);
        }

        session.GetBetaMemory(this).RemoveLeft(session, state);
    }

    /// <summary>Enters a fact that passed the alpha conditions: in the right memory, paired with the matching partial matches.</summary>
    /// <returns>Where the fact now is, to be linked from its handle.</returns>
    public virtual FactLink Enter(Session session, FactHandle fact)
    {
        ref BetaMemory memory = ref session.GetBetaMemory(this);
        object key = FactKey(session, fact.Value);
        int number = memory.AddRight(session, fact, key, fact.FirstEntry, session.FactCount);

        // Linked before any pair goes downstream, as the fact's other places were.
        fact.FirstEntry = new FactLink(Id, number);
        bool checkKey = memory.NeedsKeyCheck;
        for (int left = memory.LeftBucket(key); left != 0; left = session.Lefts[left].NextInBucket)
        {
            // Read afresh each time: what goes downstream may add entries to the session's stores, moving them.
            Token token = session.Lefts[left].Token;
            if ((!checkKey || SameKey(key, session.Lefts[left].Key)) && Matches(session, token, fact, out object? value))
            {
                OnPairAdded(session, left, Slots.AddPair(session, left, number, PairValue(token, fact, value)));
            }
        }

        return fact.FirstEntry;
    }

    /// <summary>Takes the fact's entry numbered <paramref name="number"/> out of the node (<see cref="Enter"/>), withdrawing what it caused.</summary>
    /// <returns>The fact's next place.</returns>
    public virtual FactLink Leave(Session session, int number)
    {
        session.GetBetaMemory(this).UnlinkRight(session, number);
        for (int pair; (pair = session.Rights[number].FirstPair) != 0;)
        {
            PairEntry removed = Slots.RemovePair(session, pair);
            OnPairRemoved(session, removed.Left, removed);
        }

        FactLink next = session.Rights[number].NextOfFact;
        session.Rights.Remove(number);
        return next;
    }

    /// <summary>Whether the pair satisfies the beta conditions (and, for a query, its element steps).</summary>
    protected virtual bool Matches(Session session, Token left, FactHandle fact, out object? value)
    {
        value = null;
        BetaCondition[] beta = Beta;
        int i = 0;
        try
        {
            for (; i < beta.Length; i++)
            {
                if (!beta[i].Test(left.Items, fact.Value))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, beta[i].Text, ex);
            return false;
        }
    }

    /// <summary>What a new pair carries: the value <see cref="Matches"/> gave (a join makes its next partial match instead).</summary>
    protected virtual object? PairValue(Token left, FactHandle fact, object? value) => value;

    /// <summary>A partial match entered the left memory (as entry <paramref name="left"/>), with its pairs formed.</summary>
    protected abstract void OnLeftAdded(Session session, int left);

    /// <summary>The partial match of entry <paramref name="left"/> is about to leave, its pairs still there.</summary>
    protected abstract void OnLeftRemoving(Session session, int left);

    /// <summary>A pair was formed with a new right fact; <paramref name="pair"/> is its number (the head of the entry's list).</summary>
    protected abstract void OnPairAdded(Session session, int left, int pair);

    /// <summary>A pair was removed (already unlinked and freed); <paramref name="pair"/> is what it was.</summary>
    protected abstract void OnPairRemoved(Session session, int left, in PairEntry pair);

    /// <summary>Passes <paramref name="output"/> on for left entry <paramref name="left"/> and keeps it there (Exists, Not, aggregates).</summary>
    protected void Emit(Session session, int left, Token output)
    {
        session.Lefts[left].Output = output;

        // Stored after the call: what goes downstream may add entries to the session's stores, moving them.
        int state = Next.LeftAdd(session, output);
        session.Lefts[left].OutputState = state;
    }

    /// <summary>Withdraws what <see cref="Emit"/> passed on for left entry <paramref name="left"/>, if anything.</summary>
    protected void Withdraw(Session session, int left)
    {
        ref LeftEntry entry = ref session.Lefts[left];
        if (entry.Output is { } output)
        {
            int state = entry.OutputState;
            entry.Output = null;
            entry.OutputState = 0;
            Next.LeftRemove(session, output, state);
        }
    }

    // Most equal keys are the very same box (Session.BoxKey), so identity settles them without a virtual call.
    private static bool SameKey(object key, object? other) => ReferenceEquals(key, other) || key.Equals(other);

    private object TupleKey(Session session, object?[] items)
    {
        if (Index is null)
        {
            return Slots.NullKey;
        }

        try
        {
            return Index.IntTupleKey is { } intKey ? session.BoxKey(intKey(items)) : Index.TupleKey(items) ?? Slots.NullKey;
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            session.ReportLhsFailure(Rule, Index.Text, ex);
            return new object();
        }
    }
}
