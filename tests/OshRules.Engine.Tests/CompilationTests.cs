using NRules;
using NRules.Aggregators;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using OshRules.Engine.Tests.TestModel;

namespace OshRules.Engine.Tests;

/// <summary>
/// Elements of NRules' rule model that OshRules.Engine refuses: compiling fails with NRules' own
/// <see cref="RuleCompilationException"/>, naming the rule, with an inner exception naming the element; NRules compiles
/// the same rules, so the refusal is the engine's and never a silently different behaviour.
/// </summary>
public sealed class CompilationTests
{
    public static TheoryData<Type, string> Refused => new()
    {
        { typeof(GroupByRule), "'GroupBy'" },
        { typeof(SortedCollectRule), "KeySelectorAscending" },
        { typeof(SortedDescendingCollectRule), "KeySelectorDescending" },
        { typeof(SelectRule), "'Project'" },
        { typeof(SelectManyRule), "'Flatten'" },
        { typeof(ToLookupRule), "KeySelector, ElementSelector" },
        { typeof(CustomAggregateRule), "'Count'" },
        { typeof(FilterWhereRule), "agenda filters" },
        { typeof(FilterOnChangeRule), "agenda filters" },
    };

    [Theory, MemberData(nameof(Refused))]
    public void Compile_ElementTheEngineRefuses_ThrowsCompilationExceptionNamingRuleAndElement(Type rule, string element)
    {
        var repository = Compiled.Repository(typeof(MatchAliasRule), rule);

        var ex = Assert.Throws<RuleCompilationException>(() => repository.CompileWithEngine());

        Assert.Equal(Assert.Single(repository.GetRules(), r => r.Name != "Match alias").Name, ex.RuleName);
        Assert.StartsWith("Failed to compile rule", ex.Message, StringComparison.Ordinal);
        Assert.Contains(element, Assert.IsType<NotSupportedException>(ex.InnerException).Message, StringComparison.Ordinal);
    }

    public static TheoryData<Type> RefusedRules => [.. Refused.Select(row => (Type)row[0])];

    [Theory, MemberData(nameof(RefusedRules))]
    public void Compile_ElementTheEngineRefuses_IsAValidNRulesRule(Type rule)
    {
        var repository = Compiled.Repository(rule);

        ISession session = repository.Compile().CreateSession();
        session.InsertAll([new Employee("a", 30, "u"), new Exam("a", 2020)]);

        Assert.True(session.Fire() > 0);
    }

    [Fact]
    public void Compile_CustomAggregator_RunsOnNRules()
    {
        ISession session = Compiled.Session(Runtime.NRules, typeof(CustomAggregateRule));
        session.InsertAll([new Exam("a", 2020), new Exam("b", 2021)]);

        session.Fire();

        Assert.Equal([new Counter("exams", 2)], session.Query<Counter>());
    }

    [Fact]
    public void Compile_ThroughRuleCompiler_RefusesAsTheRepositoryExtensionDoes()
    {
        IRuleDefinition[] rules = [.. Compiled.Repository(typeof(GroupByRule)).GetRules()];

        var ex = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile(rules));

        Assert.Equal(typeof(GroupByRule).FullName, ex.RuleName);
    }
}

public sealed class GroupByRule : Rule
{
    public override void Define()
    {
        IGrouping<string, Exam> exams = default!;
        When().Query(() => exams, q => q.Match<Exam>().GroupBy(e => e.WorkerId));
        Then().Do(ctx => ctx.Insert(new Counter(exams.Key, exams.Count())));
    }
}

public sealed class SortedCollectRule : Rule
{
    public override void Define()
    {
        IEnumerable<Exam> exams = default!;
        When().Query(() => exams, q => q.Match<Exam>().Collect().OrderBy(e => e.Year));
        Then().Do(ctx => ctx.Insert(new Counter("sorted", exams.Count())));
    }
}

public sealed class SortedDescendingCollectRule : Rule
{
    public override void Define()
    {
        IEnumerable<Exam> exams = default!;
        When().Query(() => exams, q => q.Match<Exam>().Collect().OrderByDescending(e => e.Year));
        Then().Do(ctx => ctx.Insert(new Counter("sorted", exams.Count())));
    }
}

public sealed class SelectRule : Rule
{
    public override void Define()
    {
        int year = 0;
        When().Query(() => year, q => q.Match<Exam>().Select(e => e.Year));
        Then().Do(ctx => ctx.Insert(new Counter("year", year)));
    }
}

public sealed class SelectManyRule : Rule
{
    public override void Define()
    {
        char letter = default;
        When().Query(() => letter, q => q.Match<Exam>().SelectMany(e => e.WorkerId));
        Then().Do(ctx => ctx.Insert(new Counter(letter.ToString(), 1)));
    }
}

public sealed class ToLookupRule : Rule
{
    public override void Define()
    {
        IKeyedLookup<string, Exam> exams = default!;
        When().Query(() => exams, q => q.Match<Exam>().Collect().ToLookup(e => e.WorkerId));
        Then().Do(ctx => ctx.Insert(new Counter("lookup", exams.Count)));
    }
}

public sealed class CustomAggregateRule : Rule
{
    public override void Define()
    {
        Tally tally = default!;
        When().Query(() => tally, q => q.Match<Exam>().Tally());
        Then().Do(ctx => ctx.TryInsert(new Counter("exams", tally.Count)));
    }
}

public sealed class FilterWhereRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Filter().Where(() => worker.Age > 18);
        Then().Do(ctx => ctx.Halt());
    }
}

public sealed class FilterOnChangeRule : Rule
{
    public override void Define()
    {
        Employee worker = default!;
        When().Match(() => worker);
        Filter().OnChange(() => worker.Age);
        Then().Do(ctx => ctx.Halt());
    }
}

/// <summary>How many facts a custom aggregate has counted (one object per match, changed in place).</summary>
public sealed class Tally
{
    public int Count { get; set; }
}

/// <summary>A custom aggregator in NRules' extension model: counts the facts of its pattern.</summary>
public static class TallyExtensions
{
    public static IQuery<Tally> Tally<TSource>(this IQuery<TSource> source)
        where TSource : notnull
    {
        source.Builder.Aggregate<TSource, Tally>("Count", [], typeof(TallyAggregatorFactory));
        return new Query<Tally>(source.Builder);
    }

    private sealed class Query<T>(IQueryBuilder builder) : IQuery<T>
    {
        public IQueryBuilder Builder { get; } = builder;
    }
}

public sealed class TallyAggregatorFactory : IAggregatorFactory
{
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
    }

    public IAggregator Create(AggregationContext context) => new TallyAggregator();

    private sealed class TallyAggregator : IAggregator
    {
        private readonly Tally _tally = new();
        private bool _added;

        public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) => Change(facts, facts.Count);

        public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) => Change(facts, 0);

        public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) => Change(facts, -facts.Count);

        private AggregationResult[] Change(IEnumerable<IFact> facts, int by)
        {
            _tally.Count += by;
            if (_added)
            {
                return [AggregationResult.Modified(_tally, _tally, facts)];
            }

            _added = true;
            return [AggregationResult.Added(_tally, facts)];
        }
    }
}
