using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// The built-in rules compiled once (法規規則集), and the facade that evaluates cases against them.
/// Thread-safe: create it once and share it (or register it with <c>services.AddOshRules()</c>).
/// </summary>
public sealed class OshRuleSet : IOshEvaluator
{
    private const int BatchSize = 64;

    private static readonly Lazy<OshRuleSet> DefaultInstance = new(() => Create(new OshRulesOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ISessionFactory factory;
    private readonly ExplanationTracker.OriginCache origins = new();
    private readonly int parallelism;

    private OshRuleSet(ISessionFactory factory, OshEvaluationSettings settings, int parallelism)
    {
        this.factory = factory;
        Settings = settings;
        this.parallelism = parallelism;
    }

    /// <inheritdoc/>
    public OshEvaluationSettings Settings { get; }

    /// <summary>The rule set with default options: all four families, a 30-day window, zh-TW. Compiled once per process.</summary>
    /// <returns>The shared rule set.</returns>
    public static OshRuleSet CreateDefault() => DefaultInstance.Value;

    /// <summary>Compiles a rule set with the given options.</summary>
    /// <param name="options">The options; validated.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="OshValidationException">An option is invalid.</exception>
    public static OshRuleSet Create(OshRulesOptions options) => Create(options, []);

    /// <summary>
    /// Compiles a rule set with the given options and extra rule classes: a hook for tests (e.g. a rule that fails on
    /// purpose), not part of the public API.
    /// </summary>
    internal static OshRuleSet Create(OshRulesOptions options, IEnumerable<Type> extraRules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(extraRules);
        options.Validate();
        var families = Families.All.Where(options.Families.Contains).ToArray();
        var repository = new RuleRepository();
        repository.LoadOshRules(families);
        var extra = extraRules.ToArray();
        if (extra.Length > 0)
        {
            repository.Load(x => x.From(extra));
        }

        var settings = new OshEvaluationSettings(families, options.DueSoonDays, options.Language, FamilyPolicies.Defaults(options));
        return new OshRuleSet(repository.Compile(options.Runtime), settings, options.MaxDegreeOfParallelism);
    }

    /// <inheritdoc/>
    public OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts as IReadOnlyList<object> ?? facts.ToArray();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(facts), $"Fact {i} is null.");
            }
        }

        var date = new EvaluationDate(asOf, Settings.DueSoonDays);
        return Run(date, string.Empty, list);
    }

    /// <inheritdoc/>
    public IEnumerable<OshResult> EvaluateMany(DateOnly asOf, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var date = new EvaluationDate(asOf, Settings.DueSoonDays);
        return EvaluateManyIterator(date, cases, progress, cancellationToken);
    }

    private IEnumerable<OshResult> EvaluateManyIterator(EvaluationDate date, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = new OshCase[BatchSize];
        var results = new OshResult[BatchSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        long done = 0, failed = 0;
        using var e = cases.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = 0;
            while (count < BatchSize && e.MoveNext())
            {
                batch[count++] = e.Current ?? throw new ArgumentNullException(nameof(cases), $"Case {done + count} is null.");
            }

            if (count == 0)
            {
                yield break;
            }

            if (parallelism == 1 || count < 16)
            {
                for (var i = 0; i < count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = EvaluateCase(date, batch[i]);
                }
            }
            else
            {
                Parallel.For(0, count, options, i => results[i] = EvaluateCase(date, batch[i]));
            }

            for (var i = 0; i < count; i++)
            {
                var r = results[i];
                results[i] = null!;
                batch[i] = null!;
                done++;
                if (!r.IsValid)
                {
                    failed++;
                }

                yield return r;
            }

            progress?.Report(new EvaluationProgress(done, failed));
        }
    }

    private OshResult EvaluateCase(EvaluationDate date, OshCase @case)
    {
        IReadOnlyList<object> facts;
        try
        {
            facts = @case.BuildFacts();
        }
        catch (OshValidationException ex)
        {
            return Failed(@case.CaseId, date.Date, new CaseError(CaseErrorKind.InvalidInput, ex.Field, ex.Rule, ex.Message));
        }
        catch (ArgumentNullException ex)
        {
            return Failed(@case.CaseId, date.Date, new CaseError(CaseErrorKind.InvalidInput, ex.ParamName, null, ex.Message));
        }

        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i] is null)
            {
                return Failed(@case.CaseId, date.Date, new CaseError(CaseErrorKind.InvalidInput, $"facts[{i}]", null, $"facts[{i}]: a fact is null."));
            }
        }

        try
        {
            return Run(date, @case.CaseId, facts);
        }
        catch (OshValidationException v)
        {
            return Failed(@case.CaseId, date.Date, new CaseError(CaseErrorKind.InvalidInput, v.Field, v.Rule, v.Message));
        }
        catch (OshEvaluationException ex)
        {
            return Failed(@case.CaseId, date.Date, new CaseError(CaseErrorKind.RuleFailure, null, ex.RuleName, ex.Message));
        }
    }

    private OshResult Failed(string caseId, DateOnly asOf, CaseError error) => new(caseId, asOf, [], [], error, Settings);

    private OshResult Run(EvaluationDate date, string caseId, IReadOnlyList<object> facts)
    {
        CaseFactGuard.Check(facts);
        var session = factory.CreateSession();
        var tracker = ExplanationTracker.Rent(session, origins);
        try
        {
            session.Insert(date);
            var policies = Settings.Policies;
            for (var i = 0; i < policies.Count; i++)
            {
                session.Insert(policies[i]);
            }

            for (var i = 0; i < facts.Count; i++)
            {
                session.TryInsert(facts[i]);
            }

            tracker.WatchFacts();
            session.Fire();
            var (conclusions, explanations) = tracker.Collect(session);
            return new OshResult(caseId, date.Date, conclusions, explanations, null, Settings);
        }
        catch (RuleExecutionException ex) when (ex.InnerException is OshValidationException invalid)
        {
            // A rule refused the input (e.g. a date before the first version of a parameter): the caller's error, not the rule's.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(invalid);
            throw;
        }
        catch (RuleExecutionException ex)
        {
            throw new OshEvaluationException(tracker.CurrentRule, ex.InnerException ?? ex);
        }
        finally
        {
            // Detaches from the session (Collect only queries it) and keeps the tracker for this thread's next case.
            tracker.Return();
        }
    }
}
