using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using OshRules.Common;
using OshRules.Evaluation;
using OshRules.HealthExams;
using OshRules.Law;
using OshRules.MaternalProtection;
using OshRules.Training;
using static OshRules.Tests.Evaluation.EvaluationFixtures;

namespace OshRules.Tests.Evaluation;

/// <summary>
/// The rule engine keys its working memory by each fact's own hash. A record's synthesized GetHashCode hashes every
/// field, and a collection field (Basis, arrays, immutable collections) hashes by identity, which for a freshly
/// allocated conclusion takes the runtime's slow path. These tests keep every conclusion on an explicit, value-only hash.
/// </summary>
public sealed class ConclusionHashCodeTests
{
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly OshRuleSet Rules = OshRuleSet.CreateDefault();

    public static TheoryData<Type> ConclusionTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var t in typeof(IOshConclusion).Assembly.GetTypes()
                     .Where(t => t.IsPublic && !t.IsAbstract && IsRecord(t) && typeof(IOshConclusion).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t);
        }

        return data;
    }

    /// <summary>Public records of the four families and Common: the facts a case inserts, and nested conclusion parts.</summary>
    public static TheoryData<Type> FamilyRecordTypes()
    {
        string[] namespaces = ["OshRules.Common", "OshRules.HealthExams", "OshRules.Ergonomics", "OshRules.MaternalProtection", "OshRules.Training"];
        var data = new TheoryData<Type>();

        // Left out: TrainingOptions is inserted once per session and its calendar is a long-lived object (its identity
        // hash is cached after the first call); MaternalExecutionRecord is a report, never a fact.
        foreach (var t in typeof(IOshConclusion).Assembly.GetTypes()
                     .Where(t => t.IsPublic && !t.IsAbstract && IsRecord(t) && namespaces.Contains(t.Namespace))
                     .Where(t => t != typeof(TrainingOptions) && t != typeof(MaternalExecutionRecord))
                     .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FamilyRecordTypes))]
    public void A_family_record_with_an_identity_hashed_field_declares_its_own_GetHashCode(Type type)
    {
        var slow = SlowFields(type);
        Assert.True(
            slow.Count == 0 || DeclaresExplicitGetHashCode(type),
            $"{type.Name} hashes {string.Join(", ", slow)} by identity; override GetHashCode with the cheap fields only.");
    }

    [Fact]
    public void There_are_conclusion_records_to_check()
    {
        Assert.True(ConclusionTypes().Count >= 15);
    }

    [Theory]
    [MemberData(nameof(ConclusionTypes))]
    public void A_conclusion_with_an_identity_hashed_field_declares_its_own_GetHashCode(Type type)
    {
        var slow = SlowFields(type);
        Assert.True(
            slow.Count == 0 || DeclaresExplicitGetHashCode(type),
            $"{type.Name} hashes {string.Join(", ", slow)} by identity; override GetHashCode with the cheap fields only.");
    }

    [Fact]
    public void The_guard_catches_a_conclusion_that_forgets_the_override()
    {
        Assert.NotEmpty(SlowFields(typeof(ForgetfulConclusion)));
        Assert.False(DeclaresExplicitGetHashCode(typeof(ForgetfulConclusion)));
        Assert.Empty(SlowFields(typeof(CheapRecord)));
        Assert.False(IsValueHashed(typeof(IReadOnlyList<Citation>)));
        Assert.False(IsValueHashed(typeof(ImmutableArray<int>)));
        Assert.False(IsValueHashed(typeof(int[])));
        Assert.False(IsValueHashed(typeof(ByElements<IReadOnlyList<Citation>>)));
        Assert.True(IsValueHashed(typeof(Citation)));
        Assert.True(IsValueHashed(typeof(LawVersion?)));
    }

    [Fact]
    public void Equal_conclusions_have_equal_hashes()
    {
        var first = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies()).Conclusions;
        var second = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies()).Conclusions;
        Assert.NotEmpty(first);

        var matched = 0;
        foreach (var c in first)
        {
            var copy = Clone(c);
            Assert.Equal(c, copy);
            Assert.Equal(c.GetHashCode(), copy.GetHashCode());

            foreach (var other in second.Where(o => o.Equals(c)))
            {
                Assert.Equal(c.GetHashCode(), other.GetHashCode());
                matched++;
            }
        }

        Assert.True(matched > 0, "no conclusion of the second run equals one of the first");
    }

    [Fact]
    public void Conclusions_differing_in_a_hashed_field_are_not_equal()
    {
        var result = Rules.Evaluate(AsOf, WorkerTouchingAllFamilies());
        var due = result.Get<PeriodicGeneralExamDue>()!;
        var later = due with { DueDate = due.DueDate.AddDays(1) };
        Assert.NotEqual(due, later);
        Assert.Equal(due, due with { });
        Assert.Equal(due.GetHashCode(), (due with { }).GetHashCode());

        var course = result.Get<CourseStatus>()!;
        Assert.Equal(course.GetHashCode(), (course with { }).GetHashCode());
        Assert.NotEqual(course, course with { CourseId = course.CourseId + "-2" });
    }

    private static IOshConclusion Clone(IOshConclusion c) =>
        (IOshConclusion)c.GetType().GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public)!.Invoke(c, null)!;

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) is not null
        || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic) is not null);

    private static bool DeclaresExplicitGetHashCode(Type t)
    {
        var m = t.GetMethod(nameof(GetHashCode), BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly, Type.EmptyTypes);
        return m is not null && !m.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
    }

    /// <summary>Fields the synthesized GetHashCode of <paramref name="t"/> (and of its record bases) would hash by identity.</summary>
    private static List<string> SlowFields(Type t) => SlowFields(t, []);

    private static List<string> SlowFields(Type t, HashSet<Type> visiting)
    {
        visiting.Add(t);
        var slow = new List<string>();
        for (var type = t; type is not null && type != typeof(object) && type != typeof(ValueType); type = type.BaseType)
        {
            if (type != t && (!IsRecord(type) || DeclaresExplicitGetHashCode(type)))
            {
                break;
            }

            slow.AddRange(type.GetFields(InstanceFields).Where(f => !IsValueHashed(f.FieldType, visiting)).Select(f => $"{f.Name} ({f.FieldType.Name})"));
        }

        return slow;
    }

    private static bool IsValueHashed(Type t) => IsValueHashed(t, []);

    private static bool IsValueHashed(Type t, HashSet<Type> visiting)
    {
        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return IsValueHashed(underlying, visiting);
        }

        if (t.IsEnum || t.IsPrimitive || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly)
            || t == typeof(DateTime) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Guid))
        {
            return true;
        }

        // ByElements<T> hashes every element: correct, but as slow as the collection is long.
        if (t.IsArray || t.IsInterface || t.IsAbstract || t == typeof(object)
            || (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(ImmutableArray<>) || t.GetGenericTypeDefinition() == typeof(ByElements<>))))
        {
            return false;
        }

        if (IsRecord(t) && !DeclaresExplicitGetHashCode(t))
        {
            // A synthesized hash is as cheap as the fields it hashes.
            return visiting.Contains(t) || SlowFields(t, visiting).Count == 0;
        }

        var declaring = t.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType;
        return declaring != typeof(object) && declaring != typeof(ValueType);
    }

    private sealed record ForgetfulConclusion(string SubjectId, IReadOnlyList<Citation> Basis) : IOshConclusion;

    private sealed record CheapRecord(string Id, DateOnly On, LawVersion? Version, Citation Citation);
}
