using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;

namespace OshRules.Engine.Rete;

/// <summary>
/// Decides whether two rules' expressions are the same, so that their nodes are shared. The decisions are NRules'
/// compiler's, because sharing changes the order in which a fact reaches the rules: parameters compare by their position
/// in the nearest enclosing lambda, constants and captured values by <see cref="object.Equals(object, object)"/>,
/// methods and members by identity. An expression kind it cannot compare fails the compilation, as in NRules.
/// </summary>
internal static class ExpressionComparer
{
    public static bool AreEqual(ExpressionElement x, ExpressionElement y) => Equal(x.Expression, y.Expression, null, null);

    /// <summary>
    /// Whether two lambdas are known to be the same: false also where the comparer cannot decide (an expression kind it
    /// does not compare), for a caller that only saves work by sharing and must not fail a compilation NRules' would pass.
    /// </summary>
    public static bool AreKnownEqual(LambdaExpression x, LambdaExpression y)
    {
        try
        {
            return Equal(x, y, null, null);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    public static bool AreEqual(NamedExpressionElement x, NamedExpressionElement y) => x.Name == y.Name && AreEqual((ExpressionElement)x, y);

    /// <summary>Whether two lists of expressions are the same and read the same declarations at the same positions.</summary>
    public static bool AreEqual<T>(IReadOnlyList<Declaration> xDeclarations, IEnumerable<T> x, IReadOnlyList<Declaration> yDeclarations, IEnumerable<T> y)
        where T : ExpressionElement
    {
        var xs = x.ToList();
        var ys = y.ToList();
        if (xs.Count != ys.Count)
        {
            return false;
        }

        for (int i = 0; i < xs.Count; i++)
        {
            if (!Positions(xs[i], xDeclarations).SequenceEqual(Positions(ys[i], yDeclarations)))
            {
                return false;
            }

            bool same = xs[i] is NamedExpressionElement nx && ys[i] is NamedExpressionElement ny ? AreEqual(nx, ny) : AreEqual(xs[i], ys[i]);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<int> Positions(ExpressionElement element, IReadOnlyList<Declaration> declarations)
    {
        var imports = element.Imports.ToList();
        return declarations.Select(d => imports.IndexOf(d));
    }

    private static bool Equal(Expression? x, Expression? y, LambdaExpression? rootX, LambdaExpression? rootY)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.NodeType != y.NodeType || x.Type != y.Type)
        {
            return false;
        }

        return x switch
        {
            LambdaExpression lx => AllEqual(lx.Parameters, ((LambdaExpression)y).Parameters, lx, (LambdaExpression)y)
                && Equal(lx.Body, ((LambdaExpression)y).Body, lx, (LambdaExpression)y),
            MemberExpression mx => MembersEqual(mx, (MemberExpression)y, rootX, rootY),
            BinaryExpression bx => bx.Method == ((BinaryExpression)y).Method
                && Equal(bx.Left, ((BinaryExpression)y).Left, rootX, rootY) && Equal(bx.Right, ((BinaryExpression)y).Right, rootX, rootY),
            UnaryExpression ux => ux.Method == ((UnaryExpression)y).Method && Equal(ux.Operand, ((UnaryExpression)y).Operand, rootX, rootY),
            ParameterExpression px => IndexIn(rootX, px) == IndexIn(rootY, (ParameterExpression)y),
            MethodCallExpression cx => cx.Method == ((MethodCallExpression)y).Method
                && Equal(cx.Object, ((MethodCallExpression)y).Object, rootX, rootY)
                && AllEqual(cx.Arguments, ((MethodCallExpression)y).Arguments, rootX, rootY),
            InvocationExpression ix => Equal(ix.Expression, ((InvocationExpression)y).Expression, rootX, rootY)
                && AllEqual(ix.Arguments, ((InvocationExpression)y).Arguments, rootX, rootY),
            NewExpression nx => nx.Constructor == ((NewExpression)y).Constructor && AllEqual(nx.Arguments, ((NewExpression)y).Arguments, rootX, rootY),
            MemberInitExpression mix => Equal(mix.NewExpression, ((MemberInitExpression)y).NewExpression, rootX, rootY)
                && BindingsEqual(mix.Bindings, ((MemberInitExpression)y).Bindings, rootX, rootY),
            ListInitExpression lix => Equal(lix.NewExpression, ((ListInitExpression)y).NewExpression, rootX, rootY)
                && InitializersEqual(lix.Initializers, ((ListInitExpression)y).Initializers, rootX, rootY),
            ConstantExpression cx => Equals(cx.Value, ((ConstantExpression)y).Value),
            TypeBinaryExpression tx => tx.TypeOperand == ((TypeBinaryExpression)y).TypeOperand,
            ConditionalExpression cx => Equal(cx.Test, ((ConditionalExpression)y).Test, rootX, rootY)
                && Equal(cx.IfTrue, ((ConditionalExpression)y).IfTrue, rootX, rootY)
                && Equal(cx.IfFalse, ((ConditionalExpression)y).IfFalse, rootX, rootY),
            NewArrayExpression ax => AllEqual(ax.Expressions, ((NewArrayExpression)y).Expressions, rootX, rootY),
            DefaultExpression => true,
            _ => throw Unsupported($"Unsupported expression type. Type={x.GetType()}, Expression={x}"),
        };
    }

    private static int? IndexIn(LambdaExpression? root, ParameterExpression parameter) => root?.Parameters.IndexOf(parameter);

    private static bool AllEqual<T>(IReadOnlyList<T> x, IReadOnlyList<T> y, LambdaExpression? rootX, LambdaExpression? rootY)
        where T : Expression
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (int i = 0; i < x.Count; i++)
        {
            if (!Equal(x[i], y[i], rootX, rootY))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MembersEqual(MemberExpression x, MemberExpression y, LambdaExpression? rootX, LambdaExpression? rootY)
    {
        if (x.Expression is null || y.Expression is null)
        {
            return Equals(x.Member, y.Member);
        }

        if (x.Expression.NodeType != y.Expression.NodeType)
        {
            return false;
        }

        switch (x.Expression.NodeType)
        {
            case ExpressionType.Constant:
                // A captured variable: the same when the captured values are.
                return Equals(CapturedValue(x), CapturedValue(y));
            case ExpressionType.Parameter:
            case ExpressionType.MemberAccess:
            case ExpressionType.Convert:
            case ExpressionType.Add:
            case ExpressionType.AddChecked:
            case ExpressionType.Subtract:
            case ExpressionType.SubtractChecked:
            case ExpressionType.Multiply:
            case ExpressionType.MultiplyChecked:
            case ExpressionType.Divide:
            case ExpressionType.Modulo:
            case ExpressionType.Power:
            case ExpressionType.Conditional:
            case ExpressionType.Call:
            case ExpressionType.TypeAs:
                return Equals(x.Member, y.Member) && Equal(x.Expression, y.Expression, rootX, rootY);
            case ExpressionType.New:
                return Equal(x.Expression, y.Expression, rootX, rootY);
            default:
                throw Unsupported($"Unsupported node type in member expression. NodeType={x.Expression.NodeType}, MemberExpression={x}");
        }
    }

    private static object? CapturedValue(MemberExpression member)
    {
        object? target = ((ConstantExpression)member.Expression!).Value;
        return member.Member switch
        {
            FieldInfo field => field.GetValue(target),
            PropertyInfo property => property.GetValue(target, null),
            _ => throw new ArgumentException($"Unsupported member type in member expression. MemberType={member.Member.GetType()}, MemberExpression={member}"),
        };
    }

    private static bool BindingsEqual(IReadOnlyList<MemberBinding> x, IReadOnlyList<MemberBinding> y, LambdaExpression? rootX, LambdaExpression? rootY)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (int i = 0; i < x.Count; i++)
        {
            if (x[i].BindingType != y[i].BindingType)
            {
                return false;
            }

            bool same = x[i] switch
            {
                MemberAssignment a => Equal(a.Expression, ((MemberAssignment)y[i]).Expression, rootX, rootY),
                MemberMemberBinding m => BindingsEqual(m.Bindings, ((MemberMemberBinding)y[i]).Bindings, rootX, rootY),
                MemberListBinding l => InitializersEqual(l.Initializers, ((MemberListBinding)y[i]).Initializers, rootX, rootY),
                _ => throw Unsupported($"Unsupported binding type in member binding. BindingType={x[i].BindingType}, MemberBinding={x[i]}"),
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InitializersEqual(IReadOnlyList<ElementInit> x, IReadOnlyList<ElementInit> y, LambdaExpression? rootX, LambdaExpression? rootY)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (int i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i].AddMethod, y[i].AddMethod) || !AllEqual(x[i].Arguments, y[i].Arguments, rootX, rootY))
            {
                return false;
            }
        }

        return true;
    }

    private static NotSupportedException Unsupported(string message) => new(message);
}
