using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace OshRules.Engine.Rete;

/// <summary>
/// Brings a rule's left-hand side to the form the network is built from, as NRules' compiler does: <c>Or</c> groups
/// lifted to the top (each branch becomes its own path to the rule), single-element groups dropped, and <c>ForAll</c>
/// rewritten as "no base fact without the pattern": Not(And(base, Not(pattern on the same fact))).
/// </summary>
internal static class RuleNormalizer
{
    public static GroupElement Normalize(GroupElement lhs) => (GroupElement)Visit(lhs);

    private static RuleElement Visit(RuleElement element) => element switch
    {
        AndElement and => VisitAnd(and),
        OrElement or => VisitOr(or),
        ForAllElement forAll => VisitForAll(forAll),
        NotElement not => Visit(not.Source) is var source && !ReferenceEquals(source, not.Source) ? Element.Not(source) : not,
        ExistsElement exists => Visit(exists.Source) is var source && !ReferenceEquals(source, exists.Source) ? Element.Exists(source) : exists,
        PatternElement pattern => VisitPattern(pattern),
        AggregateElement aggregate => VisitPattern(aggregate.Source) is var source && !ReferenceEquals(source, aggregate.Source)
            ? Element.Aggregate(aggregate.ResultType, aggregate.Name, aggregate.Expressions, source, aggregate.CustomFactoryType)
            : aggregate,
        _ => element,
    };

    private static PatternElement VisitPattern(PatternElement pattern)
    {
        if (pattern.Source is null)
        {
            return pattern;
        }

        RuleElement source = Visit(pattern.Source);
        return ReferenceEquals(source, pattern.Source) ? pattern : Element.Pattern(pattern.Declaration, pattern.Expressions, source);
    }

    private static RuleElement VisitAnd(AndElement and)
    {
        List<RuleElement> children = VisitAll(and.ChildElements, out bool changed);
        if (children.Count == 1 && children[0] is GroupElement single)
        {
            return single;
        }

        if (children.Any(c => c is OrElement))
        {
            return Element.OrGroup(ExpandOr(children).Select(Element.AndGroup));
        }

        return changed ? Element.AndGroup(children) : and;
    }

    private static RuleElement VisitOr(OrElement or)
    {
        List<RuleElement> children = VisitAll(or.ChildElements, out bool changed);
        if (children.Count == 1 && children[0] is GroupElement single)
        {
            return single;
        }

        if (children.Any(c => c is OrElement))
        {
            return Element.OrGroup(children.SelectMany(c => c is OrElement inner ? inner.ChildElements : [c]));
        }

        return changed ? Element.OrGroup(children) : or;
    }

    private static RuleElement VisitForAll(ForAllElement forAll)
    {
        PatternElement basePattern = VisitPattern(forAll.BasePattern);
        ParameterExpression baseParameter = basePattern.Declaration.ToParameterExpression();
        var elements = new List<RuleElement> { basePattern };
        foreach (PatternElement original in forAll.Patterns)
        {
            PatternElement pattern = VisitPattern(original);
            ParameterExpression parameter = pattern.Declaration.ToParameterExpression();
            var expressions = new List<NamedExpressionElement>
            {
                Element.Condition(Expression.Lambda(Expression.ReferenceEqual(baseParameter, parameter), baseParameter, parameter)),
            };
            expressions.AddRange(pattern.Expressions);
            elements.Add(Element.Not(Element.Pattern(pattern.Declaration, expressions, pattern.Source)));
        }

        return Element.Not(Element.AndGroup(elements));
    }

    private static List<RuleElement> VisitAll(IEnumerable<RuleElement> elements, out bool changed)
    {
        changed = false;
        var result = new List<RuleElement>();
        foreach (RuleElement element in elements)
        {
            RuleElement visited = Visit(element);
            changed |= !ReferenceEquals(visited, element);
            result.Add(visited);
        }

        return result;
    }

    /// <summary>The conjunctions an And with Or children stands for, in the order NRules' compiler lists them.</summary>
    private static List<List<RuleElement>> ExpandOr(List<RuleElement> children)
    {
        var groups = new List<List<RuleElement>> { new() };
        foreach (RuleElement child in children)
        {
            int count = groups.Count;
            for (int i = 0; i < count; i++)
            {
                if (child is OrElement or)
                {
                    var branches = or.ChildElements.ToList();
                    for (int j = 1; j < branches.Count; j++)
                    {
                        groups.Add(new List<RuleElement>(groups[i]) { branches[j] });
                    }

                    groups[i].Add(branches[0]);
                }
                else
                {
                    groups[i].Add(child);
                }
            }
        }

        return groups;
    }
}
