using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;

namespace OshRules.Tests.Evaluation;

/// <summary>Records of the library, and results, compare their collections element by element through one type.</summary>
public sealed class ValueEqualityTests
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TheoryData<Type> ValueTypesOfTheLibrary()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(IOshConclusion).Assembly.GetTypes()
                     .Where(t => t.IsPublic && (IsRecord(t) || t == typeof(OshResult)))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValueTypesOfTheLibrary))]
    public void A_record_keeps_each_collection_in_a_ByElements_field(Type type) =>
        Assert.Empty(ByReferenceFields(type));

    [Fact]
    public void The_guard_catches_a_record_with_a_list_compared_by_reference()
    {
        Assert.Contains(typeof(OshResult), ValueTypesOfTheLibrary().Cast<object[]>().Select(d => (Type)d[0]));
        Assert.Single(ByReferenceFields(typeof(ForgetfulRecord)));
        Assert.Empty(ByReferenceFields(typeof(CarefulRecord)));
    }

    [Fact]
    public void Equal_elements_in_other_collections_are_equal()
    {
        var a = new ByElements<IReadOnlyList<Citation>>([Cite(17), Cite(18)]);
        var b = new ByElements<IReadOnlyList<Citation>>(new List<Citation> { Cite(17), Cite(18) });

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Order_length_and_elements_count()
    {
        var a = new ByElements<IReadOnlyList<Citation>>([Cite(17), Cite(18)]);

        Assert.NotEqual(a, new ByElements<IReadOnlyList<Citation>>([Cite(18), Cite(17)]));
        Assert.NotEqual(a, new ByElements<IReadOnlyList<Citation>>([Cite(17)]));
        Assert.NotEqual(a, new ByElements<IReadOnlyList<Citation>>([Cite(17), Cite(18), Cite(19)]));
        Assert.NotEqual(a, new ByElements<IReadOnlyList<Citation>>([Cite(17), Cite(19)]));
        Assert.NotEqual(a, new ByElements<IReadOnlyList<Citation>>(null!));
        Assert.Equal(new ByElements<IReadOnlyList<Citation>>(null!), new ByElements<IReadOnlyList<Citation>>(null!));
    }

    [Fact]
    public void Immutable_arrays_and_sorted_dictionaries_compare_by_elements()
    {
        Assert.Equal(new ByElements<ImmutableArray<int>>([1, 2]), new ByElements<ImmutableArray<int>>([.. new[] { 1, 2 }]));
        Assert.NotEqual(new ByElements<ImmutableArray<int>>([1, 2]), new ByElements<ImmutableArray<int>>([2, 1]));
        var tiers = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(RiskTier.Tier1, 2), KeyValuePair.Create(RiskTier.Tier3, 1)]);
        var same = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create(RiskTier.Tier3, 1), KeyValuePair.Create(RiskTier.Tier1, 2)]);
        Assert.Equal(new ByElements<ImmutableSortedDictionary<RiskTier, int>>(tiers), new(same));
        Assert.NotEqual(new ByElements<ImmutableSortedDictionary<RiskTier, int>>(tiers), new(tiers.SetItem(RiskTier.Tier3, 2)));
    }

    [Fact]
    public void A_conclusion_rebuilt_from_copies_of_its_lists_is_equal_with_the_same_hash()
    {
        var due = OshRuleSet.CreateDefault().Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies()).Get<PeriodicGeneralExamDue>()!;
        var copy = due with { Basis = [.. due.Basis] };

        Assert.NotSame(due.Basis, copy.Basis);
        Assert.Equal(due, copy);
        Assert.Equal(due.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(due, due with { Basis = [.. due.Basis, Cite(99)] });
    }

    [Fact]
    public void A_result_is_equal_to_one_built_from_copies_of_its_parts()
    {
        var result = OshRuleSet.CreateDefault().Evaluate(EvaluationFixtures.AsOf, EvaluationFixtures.WorkerTouchingAllFamilies());
        var settings = result.Settings with { Families = [.. result.Settings.Families], Policies = [.. result.Settings.Policies] };
        var copy = new OshResult(result.CaseId, result.AsOf, [.. result.Conclusions], [.. result.Explanations], result.Error, settings);
        var reversed = new OshResult(result.CaseId, result.AsOf, [.. result.Conclusions.Reverse()], [.. result.Explanations], result.Error, settings);

        Assert.True(result.Conclusions.Count > 1);
        Assert.Equal(result, copy);
        Assert.Equal(result.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(result, reversed);
        Assert.NotEqual(result, new OshResult("other", result.AsOf, [.. result.Conclusions], [.. result.Explanations], result.Error, settings));
        Assert.False(result.Equals(null));
    }

    [Fact]
    public void Equal_conclusions_reached_from_two_facts_stay_two_conclusions_of_the_session()
    {
        // Two chemicals measured at the same share of their limits: two firings of MAT-5 reach equal findings. As values
        // they are equal; in the session each is its own fact, linked to its own firing.
        var facts = new object[]
        {
            new Worker("M-1", new DateOnly(1990, 1, 1), Sex.Female, new DateOnly(2020, 1, 1)),
            new MaternalStatus("M-1", employerNotifiedOn: new DateOnly(2026, 9, 1), pregnantSince: new DateOnly(2026, 7, 20)),
            new ChemicalExposure("M-1", airConcentration: 0.6, permissibleExposureLimit: 1),
            new ChemicalExposure("M-1", airConcentration: 6, permissibleExposureLimit: 10),
        };

        var result = OshRuleSet.CreateDefault().Evaluate(EvaluationFixtures.AsOf, facts);

        Assert.True(result.IsValid, result.Error?.Message);
        var chemical = result.All<HazardFinding>().Where(f => f.Kind == HazardKind.HazardousChemical).ToList();
        Assert.Equal(2, chemical.Count);
        Assert.Equal(chemical[0], chemical[1]);
        Assert.NotSame(chemical[0], chemical[1]);
    }

    private static Citation Cite(int article) => new(LawName.LabourHealthProtectionRules, article);

    private static List<string> ByReferenceFields(Type type) =>
        [.. type.GetFields(InstanceFields)
            .Where(f => typeof(IEnumerable).IsAssignableFrom(f.FieldType) && f.FieldType != typeof(string))
            .Where(f => !(f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(ByElements<>)))
            .Select(f => $"{f.Name} ({f.FieldType.Name})")];

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) is not null
        || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    private sealed record ForgetfulRecord(IReadOnlyList<Citation> Basis);

    private sealed record CarefulRecord(string Id)
    {
        private readonly ByElements<IReadOnlyList<Citation>> basis;

        public IReadOnlyList<Citation> Basis { get => basis.Items; init => basis = new(value); }
    }
}
