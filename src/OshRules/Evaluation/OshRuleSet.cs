using NRules;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OshRules.Common;
using OshRules.Law;

namespace OshRules.Evaluation;

/// <summary>
/// The built-in rules compiled once (法規規則集), and the facade that evaluates cases against them.
/// Thread-safe: create it once and share it (or register it with <c>services.AddOshRules()</c>).
/// </summary>
public sealed class OshRuleSet : IOshEvaluator
{
    private static readonly Lazy<OshRuleSet> DefaultInstance = new(() => Create(new OshRulesOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ISessionFactory factory;
    private readonly ExplanationTracker.OriginCache origins = new();
    private readonly int parallelism;

    private OshRuleSet(ISessionFactory factory, OshEvaluationSettings settings, int parallelism, OshTelemetry telemetry)
    {
        this.factory = factory;
        Settings = settings;
        this.parallelism = parallelism;
        Telemetry = telemetry;
    }

    /// <inheritdoc/>
    public OshEvaluationSettings Settings { get; }

    /// <summary>How many cases a roster evaluates at once.</summary>
    internal int Parallelism => parallelism;

    /// <summary>The logger and instruments of this rule set.</summary>
    internal OshTelemetry Telemetry { get; }

    /// <summary>The rule set with default options: all four families, a 30-day window, zh-TW. Compiled once per process.</summary>
    /// <returns>The shared rule set.</returns>
    public static OshRuleSet CreateDefault() => DefaultInstance.Value;

    /// <summary>Compiles a rule set with the given options.</summary>
    /// <param name="options">The options; validated.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="OshValidationException">An option is invalid.</exception>
    public static OshRuleSet Create(OshRulesOptions options) => Create(options, [], new OshTelemetry(null, null));

    /// <summary>Compiles a rule set with the given options that logs and measures what it does (see <see cref="OshDiagnostics"/>).</summary>
    /// <param name="options">The options; validated.</param>
    /// <param name="loggerFactory">Receives the compile time, a summary of each roster and each failed case (by position and
    /// error kind, never personal data); null logs nothing.</param>
    /// <param name="meterFactory">Creates the <c>OshRules</c> meter (as <c>services.AddMetrics()</c> provides); null uses one
    /// meter shared by the process.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="OshValidationException">An option is invalid.</exception>
    public static OshRuleSet Create(OshRulesOptions options, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory) =>
        Create(options, [], new OshTelemetry(loggerFactory, meterFactory));

    /// <summary>
    /// Compiles a rule set with the given options and extra rule classes: a hook for tests (e.g. a rule that fails on
    /// purpose), not part of the public API.
    /// </summary>
    internal static OshRuleSet Create(OshRulesOptions options, IEnumerable<Type> extraRules) => Create(options, extraRules, new OshTelemetry(null, null));

    /// <summary>Compiles a rule set with extra rule classes and the given telemetry (a hook for tests).</summary>
    internal static OshRuleSet Create(OshRulesOptions options, IEnumerable<Type> extraRules, OshTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(extraRules);
        options.Validate();
        var clock = Stopwatch.StartNew();
        var families = Families.All.Where(options.Families.Contains).ToArray();
        var repository = new RuleRepository();
        repository.LoadOshRules(families);
        var extra = extraRules.ToArray();
        if (extra.Length > 0)
        {
            repository.Load(x => x.From(extra));
        }

        var settings = new OshEvaluationSettings(families, options.DueSoonDays, options.Language, FamilyPolicies.Defaults(options));
        var compiled = repository.Compile(options.Runtime);
        OshRulesLog.RuleSetCompiled(telemetry.Logger, repository.GetRules().Count(), string.Join(", ", families), clock.ElapsedMilliseconds);
        return new OshRuleSet(compiled, settings, options.MaxDegreeOfParallelism, telemetry);
    }

    /// <inheritdoc/>
    public OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts) => Evaluate(asOf, facts, CancellationToken.None);

    /// <inheritdoc/>
    public OshResult Evaluate(DateOnly asOf, IEnumerable<object> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var date = DateOf(asOf);
        cancellationToken.ThrowIfCancellationRequested();
        var list = facts as IReadOnlyList<object> ?? facts.ToArray();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(facts), $"Fact {i} is null.");
            }
        }

        var started = Telemetry.CaseStarted();
        OshResult result;
        try
        {
            result = Run(date, string.Empty, list);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Telemetry.CaseFailed(CaseRunner.ErrorOf(ex));
            throw;
        }

        Telemetry.CaseDone(result, started);
        return result;
    }

    /// <inheritdoc/>
    public IEnumerable<OshResult> EvaluateMany(DateOnly asOf, IEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return RosterRun.Enumerate(this, DateOf(asOf), cases, progress, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<OshResult> EvaluateManyAsync(DateOnly asOf, IAsyncEnumerable<OshCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return RosterRun.EnumerateAsync(this, DateOf(asOf), cases, progress, cancellationToken);
    }

    /// <summary>The evaluation date, refused at once (one error per call) when a compiled family's law versions do not cover it.</summary>
    private EvaluationDate DateOf(DateOnly asOf)
    {
        FamilyCoverage.Check(Settings.Families, asOf);
        return new EvaluationDate(asOf, Settings.DueSoonDays);
    }

    internal OshResult Run(EvaluationDate date, string caseId, IReadOnlyList<object> facts)
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

            // One batch: each node of the network takes the case's facts together, which costs far less than a
            // propagation per fact on both runtimes. A batch must not hold a fact twice (NRules' working memory throws),
            // so equal copies are dropped first, as inserting them one by one would skip them.
            session.TryInsertAll(SessionFacts.Distinct(facts), BatchOptions.SkipFailed);

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

            // OshRules.Engine's sessions are disposable: their memories go to the factory's next session. NRules' are not.
            (session as IDisposable)?.Dispose();
        }
    }
}
